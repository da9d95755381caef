/**
 * The domain: immutable records for what verbatim finds in a document. Records validate and copy
 * in their compact constructors, so a value that exists is a valid value.
 */
package verbatim.core.model;
