package verbatim.index;

/**
 * A phrase whose use rose.
 *
 * @param phrase the words, lower case
 * @param documents how many texts of the period use it
 * @param previousDocuments how many texts of the period before use it
 * @param logLikelihood Dunning's G² of the texts using the phrase against those not using it, in the
 *     two periods: how unlikely the rise is by chance (above 10.83, p < 0.001 for one degree of freedom)
 * @param ratio how many times more often, per text, than before (previous count taken as at least 0.5)
 */
public record Trend(String phrase, long documents, long previousDocuments, double logLikelihood, double ratio) {}
