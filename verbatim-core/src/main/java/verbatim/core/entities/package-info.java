/**
 * Linking within a document: entity mentions grouped into one entity per person, organisation or
 * place; roles read from pre-modifiers and appositions; pronouns resolved; date expressions
 * resolved against the published date. Every decision names the rule that made it.
 */
package verbatim.core.entities;
