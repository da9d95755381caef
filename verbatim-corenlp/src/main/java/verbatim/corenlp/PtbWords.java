package verbatim.corenlp;

/**
 * Token forms as the CoreNLP models saw them in training (Penn Treebank conventions): curly
 * quotes become {@code ``} and {@code ''}, brackets stay as written. Feeding the models news
 * typography as is costs recall.
 */
final class PtbWords {
  private PtbWords() {}

  static String of(String word) {
    switch (word) {
      case "“": case "«": case "„": return "``";
      case "”": case "»": case "\"": return "''";
      case "‘": return "`";
      case "’": return "'";
      case "’s": return "'s";
      default: return word;
    }
  }
}
