/**
 * Extraction from plain-text scrapes of rendered pages: the chrome a scrape keeps (skip links,
 * the title printed twice, date lines, language links, the byline after the body) is recognised
 * line by line and the article is what remains.
 */
package verbatim.core.extract.text;
