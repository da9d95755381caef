/**
 * Article extraction: from a decoded page (a text scrape or an HTML document) to an {@link
 * verbatim.core.model.Article} with the site chrome gone.
 */
package verbatim.core.extract;
