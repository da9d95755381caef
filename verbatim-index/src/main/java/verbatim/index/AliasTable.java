package verbatim.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import verbatim.core.data.DataLines;

/**
 * The names of one thing that a phrase may use in place of each other ({@code aliases.tsv}): North
 * Korea, the DPRK, N. Korea. Finds them in a phrase and says what else they could be written as.
 */
final class AliasTable {
  /** The longest name, in words, that is looked for ("Democratic People's Republic of Korea"). */
  private static final int LONGEST = 8;
  private static final AliasTable SHARED = load(DataLines.of(AliasTable.class, "aliases.tsv"));

  /**
   * One name of a thing.
   *
   * @param text the name without its article ("DPRK")
   * @param article whether it is written with "the" as often as not ("the DPRK")
   * @param alone whether it stands for the thing on its own; "the North" does only inside a longer phrase
   */
  record Name(String text, boolean article, boolean alone) {
    /** The ways it is written: with and without its article when it takes one. */
    List<String> forms() {
      return article ? List.of("the " + text, text) : List.of(text);
    }
  }

  /** A thing and its names, the usual one first. */
  record Entry(List<Name> names) {
    Entry {
      names = List.copyOf(names);
    }

    String usual() {
      return names.get(0).text();
    }
  }

  /**
   * A name of the table found in a phrase.
   *
   * @param from the first word it takes, a "the" before it included
   * @param to the word after it
   * @param name the name found
   */
  record Found(int from, int to, Entry entry, Name name) {}

  /** A name of the table and the thing it names, under the key of its words. */
  private record Candidate(Entry entry, Name name) {}

  private final Map<String, List<Candidate>> byKey;

  private AliasTable(List<Entry> entries) {
    Map<String, List<Candidate>> keys = new HashMap<>();
    for (Entry e : entries) {
      for (Name n : e.names()) {
        PhraseWords words = PhraseWords.of(n.text());
        keys.computeIfAbsent(words.key(0, words.size()), k -> new ArrayList<>()).add(new Candidate(e, n));
      }
    }
    byKey = Map.copyOf(keys);
  }

  static AliasTable shared() {
    return SHARED;
  }

  static AliasTable load(List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    for (String line : lines) {
      String[] cols = line.split("\t", -1);
      if (cols.length != 2) {
        throw new IllegalStateException("aliases.tsv: expected names<TAB>names inside a phrase only, got \"" + line + "\"");
      }
      List<Name> names = new ArrayList<>();
      names(cols[0], true, names);
      names(cols[1], false, names);
      entries.add(new Entry(names));
    }
    return new AliasTable(entries);
  }

  private static void names(String column, boolean alone, List<Name> into) {
    if (column.isBlank()) {
      return;
    }
    for (String n : Arrays.asList(column.split("\\|"))) {
      boolean article = n.startsWith("(the) ");
      into.add(new Name(article ? n.substring("(the) ".length()) : n, article, alone));
    }
  }

  /**
   * The table's names in {@code phrase}, longest first, none overlapping. A "the" before a name is
   * taken with it, so that swapping "the DPRK" for "North Korea" leaves no article behind.
   */
  List<Found> find(PhraseWords phrase) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < phrase.size()) {
      Found found = longestAt(phrase, i);
      if (found == null) {
        i++;
        continue;
      }
      out.add(found);
      i = found.to();
    }
    return out;
  }

  private Found longestAt(PhraseWords phrase, int from) {
    for (int to = Math.min(phrase.size(), from + LONGEST); to > from; to--) {
      List<Candidate> candidates = byKey.get(phrase.key(from, to));
      if (candidates == null) {
        continue;
      }
      for (Candidate c : candidates) {
        if (writtenAlike(phrase, from, to, c.name()) && (c.name().alone() || !runsOn(phrase, to))) {
          boolean the = from > 0 && PhraseWords.key(phrase.words().get(from - 1)).equals("the");
          return new Found(the ? from - 1 : from, to, c.entry(), c.name());
        }
      }
    }
    return null;
  }

  /** "the North" followed by a capitalised word is part of a longer name: "the North Korean leader". */
  private static boolean runsOn(PhraseWords phrase, int to) {
    return to < phrase.size() && Character.isUpperCase(phrase.words().get(to).charAt(0));
  }

  /** A name in capitals matches only capitals: "DPRK" is found in "the DPRK", "US" never in "us". */
  private static boolean writtenAlike(PhraseWords phrase, int from, int to, Name name) {
    PhraseWords words = PhraseWords.of(name.text());
    for (int i = 0; i < words.size(); i++) {
      if (PhraseWords.capitals(words.words().get(i)) && !PhraseWords.capitals(phrase.words().get(from + i))) {
        return false;
      }
    }
    return true;
  }
}
