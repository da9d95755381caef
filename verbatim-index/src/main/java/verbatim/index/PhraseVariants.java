package verbatim.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The wordings of a phrase to look for, closest first: the phrase, its other spelling, its names
 * with and without their article, swapped for their aliases (verbatim's data, then the corpus's
 * people and places), and related expressions. One name is swapped at a time, so a phrase with
 * two names gets each one's aliases but not every pair of them; there are at most {@value #MAX}.
 */
final class PhraseVariants {
  static final int MAX = 64;
  /** Words that may stand inside a name without a capital: "Ministry of Foreign Affairs". */
  private static final Set<String> NAME_LINKS = Set.of("of", "the", "and", "for", "de", "van", "von", "al", "bin");
  private static final int LONGEST_NAME = 6;

  private final AliasTable aliases;
  private final Spellings spellings;
  private final RelatedExpressions related;

  PhraseVariants(AliasTable aliases, Spellings spellings, RelatedExpressions related) {
    this.aliases = aliases;
    this.spellings = spellings;
    this.related = related;
  }

  static PhraseVariants standard() {
    return new PhraseVariants(AliasTable.shared(), Spellings.shared(), RelatedExpressions.shared());
  }

  /** The variants of {@code phrase}, the phrase first; only the phrase when {@code exact}. */
  List<PhraseVariant> of(String phrase, boolean exact, KnownNames known) throws IOException {
    Variants out = new Variants();
    String typed = phrase.strip().replaceAll("\\s+", " ");
    out.add(typed, VariantKind.PHRASE, "as typed");
    if (exact) {
      return out.list();
    }
    spelled(out, typed, VariantKind.SPELLING, "");
    for (PhraseVariant swap : swaps(typed, known)) {
      out.add(swap);
      spelled(out, swap.text(), swap.kind(), swap.rule() + "; ");
    }
    for (PhraseVariant v : out.list()) {
      for (String expression : related.of(v.text())) {
        String rule = "related to " + v.text() + " (related.tsv)";
        out.add(expression, VariantKind.RELATED, rule);
        spelled(out, expression, VariantKind.RELATED, rule + "; ");
        for (PhraseVariant swap : swaps(expression, KnownNames.NONE)) {
          out.add(swap.text(), VariantKind.RELATED, rule + "; " + swap.rule());
          spelled(out, swap.text(), VariantKind.RELATED, rule + "; " + swap.rule() + "; ");
        }
      }
    }
    return out.list();
  }

  /** Adds {@code text} with every word that has another spelling in it, if any has. */
  private void spelled(Variants out, String text, VariantKind kind, String rulePrefix) {
    PhraseWords words = PhraseWords.of(text);
    String spelled = text;
    List<String> changes = new ArrayList<>();
    for (int i = words.size() - 1; i >= 0; i--) {
      Optional<String> other = spellings.other(words.words().get(i));
      if (other.isPresent()) {
        spelled = PhraseWords.of(spelled).replace(i, i + 1, other.get());
        changes.add(0, words.words().get(i) + " → " + other.get());
      }
    }
    if (!changes.isEmpty()) {
      out.add(spelled, kind, rulePrefix + "spelling: " + String.join(", ", changes));
    }
  }

  /** The phrase with one of its names written another way, for each name and each way. */
  private List<PhraseVariant> swaps(String text, KnownNames known) throws IOException {
    PhraseWords words = PhraseWords.of(text);
    List<PhraseVariant> out = new ArrayList<>();
    boolean[] taken = new boolean[words.size()];
    for (AliasTable.Found f : aliases.find(words)) {
      boolean longer = f.to() - f.from() < words.size();
      if (!f.name().alone() && !longer) {
        continue;
      }
      String written = words.text(f.from(), f.to());
      for (AliasTable.Name n : f.entry().names()) {
        if (!n.alone() && !longer) {
          continue;
        }
        for (String form : n.forms()) {
          boolean same = n.equals(f.name());
          String rule = same ? "small words: " + written + " → " + form
              : "alias: " + written + " → " + form + " (aliases.tsv)";
          out.add(new PhraseVariant(words.replace(f.from(), f.to(), form),
              same ? VariantKind.SMALL_WORDS : VariantKind.ALIAS, rule));
        }
      }
      corpusAliases(words, f.from(), f.to(), f.entry().usual(), known, out);
      for (int i = f.from(); i < f.to(); i++) {
        taken[i] = true;
      }
    }
    namesOnlyTheCorpusKnows(words, taken, known, out);
    return out;
  }

  private static void corpusAliases(PhraseWords words, int from, int to, String name, KnownNames known,
      List<PhraseVariant> out) throws IOException {
    String written = words.text(from, to);
    for (String alias : known.aliases(name)) {
      out.add(new PhraseVariant(words.replace(from, to, alias), VariantKind.CORPUS_ALIAS,
          "corpus alias: " + written + " → " + alias + " (the documents' people and places)"));
    }
  }

  /** Capitalised runs of words the table does not name, longest first, asked of the corpus. */
  private static void namesOnlyTheCorpusKnows(PhraseWords words, boolean[] taken, KnownNames known,
      List<PhraseVariant> out) throws IOException {
    if (known == KnownNames.NONE) {
      return;
    }
    for (int length = Math.min(LONGEST_NAME, words.size()); length >= 1; length--) {
      for (int from = 0; from + length <= words.size(); from++) {
        int to = from + length;
        if (!candidateName(words, taken, from, to)) {
          continue;
        }
        int before = out.size();
        corpusAliases(words, from, to, words.text(from, to), known, out);
        if (out.size() > before) {
          for (int i = from; i < to; i++) {
            taken[i] = true;
          }
        }
      }
    }
  }

  /** Capitalised at both ends, nothing in between but capitalised words and name links, none taken. */
  private static boolean candidateName(PhraseWords words, boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = words.words().get(i);
      boolean capital = Character.isUpperCase(w.charAt(0));
      boolean edge = i == from || i == to - 1;
      if (taken[i] || !capital && (edge || !NAME_LINKS.contains(w))) {
        return false;
      }
    }
    return true;
  }

  /** The variants so far, each wording once (case and spacing aside), at most {@value #MAX}. */
  private static final class Variants {
    private final Map<String, PhraseVariant> byText = new LinkedHashMap<>();

    void add(String text, VariantKind kind, String rule) {
      add(new PhraseVariant(text, kind, rule));
    }

    void add(PhraseVariant v) {
      if (byText.size() < MAX) {
        byText.putIfAbsent(PhraseWords.normalized(v.text()), v);
      }
    }

    List<PhraseVariant> list() {
      return List.copyOf(byText.values());
    }
  }
}
