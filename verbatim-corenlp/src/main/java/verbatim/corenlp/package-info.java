/** Stanford CoreNLP behind verbatim-core's recognizer interfaces. The only module that knows CoreNLP. */
package verbatim.corenlp;
