/** Reading the word lists and tables that ship with verbatim as resources. */
package verbatim.core.data;
