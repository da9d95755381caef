/** Telling which language a text is written in. */
package verbatim.core.language;
