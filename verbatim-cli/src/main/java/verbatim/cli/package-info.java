/** The {@code verbatim} command: one small picocli command per verb, sharing options as mixins. */
package verbatim.cli;
