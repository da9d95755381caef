/**
 * Publishers: the registrable domain a document came from and what verbatim knows of that
 * publisher (its name and the zone its pages print local times in).
 */
package verbatim.core.publisher;
