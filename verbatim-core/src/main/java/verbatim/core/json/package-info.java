/** The JSON form of verbatim's records: the one place that knows the JSON keys. */
package verbatim.core.json;
