/**
 * Evaluation of the HTML metadata reader: published dates on the htmldate set, and title, date and
 * author on the trafilatura set, each scored with the metric its dataset README defines.
 */
package verbatim.bench.dates;
