/**
 * Quotations and reported speech: quote marks paired the way a reader pairs them (nested, split,
 * running over paragraphs, never closed), attributions read from the dependency parse, speakers
 * resolved to entities, anonymous descriptions, documents or groups. Every quote names the rule
 * that attributed it.
 */
package verbatim.core.quotes;
