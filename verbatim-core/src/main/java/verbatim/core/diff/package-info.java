/**
 * Statement diff: two versions of a statement compared the way an analyst reads them. Sentences
 * are aligned (kept, reworded, moved, added, removed), reworded sentences get their word-level
 * changes, and a summary says which phrases were dropped and which added. Every span is a UTF-16
 * offset into its own document's text.
 */
package verbatim.core.diff;
