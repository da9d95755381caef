package verbatim.core.extract.html;

/**
 * How much text an element holds once furniture is pruned, summed over its subtree.
 *
 * @param chars non-whitespace characters
 * @param linkChars non-whitespace characters inside links
 * @param blocks text blocks of at least {@link BlockWalk#PROSE_CHARS} characters
 */
record ElementText(int chars, int linkChars, int blocks) {
  static final ElementText NONE = new ElementText(0, 0, 0);

  ElementText plus(ElementText o) {
    return new ElementText(chars + o.chars, linkChars + o.linkChars, blocks + o.blocks);
  }

  int plainChars() {
    return chars - linkChars;
  }

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }
}
