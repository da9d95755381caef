/** Extraction from HTML pages: the main content and the page's metadata, read with jsoup. */
package verbatim.core.extract.html;
