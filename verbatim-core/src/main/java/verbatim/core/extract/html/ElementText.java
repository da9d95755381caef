package verbatim.core.extract.html;

/**
 * How much text an element holds once furniture is pruned, summed over its subtree.
 *
 * @param chars non-whitespace characters
 * @param linkChars non-whitespace characters inside links
 * @param blocks text blocks of at least {@link BlockWalk#PROSE_CHARS} characters
 * @param proseChars characters in blocks that read as prose: long, mostly not links, and not in
 *     a list item (where teasers are)
 */
record ElementText(int chars, int linkChars, int blocks, int proseChars) {
  static final ElementText NONE = new ElementText(0, 0, 0, 0);

  int plainChars() {
    return chars - linkChars;
  }

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }
}
