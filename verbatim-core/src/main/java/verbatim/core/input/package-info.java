/**
 * Reading inputs: files, folders and standard input as bytes (gzip undone, size bounded), then
 * decoded to characters with the right charset and told apart as HTML or a text scrape.
 */
package verbatim.core.input;
