/**
 * Reading inputs. {@link verbatim.core.input.DocumentSources} turns what a user names (files,
 * folders, standard input, web addresses) into a lazy {@link verbatim.core.input.DocumentSource}
 * of items: pages from plain files, WARC archives, RSS and Atom feeds (fetched politely by
 * {@link verbatim.core.input.HttpFetcher}) and JSON Lines; analyses made earlier; and failures
 * that name the container and the record, so one bad record never stops the rest. Pages are then
 * decoded to characters with the right charset and told apart as HTML or a text scrape.
 */
package verbatim.core.input;
