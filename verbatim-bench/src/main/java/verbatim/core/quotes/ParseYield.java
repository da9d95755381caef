package verbatim.core.quotes;

import java.nio.file.*;
import java.util.*;
import verbatim.core.nlp.*;

public class ParseYield {
  public static void main(String[] a) throws Exception {
    var splitter = new verbatim.corenlp.CoreNlpSentenceSplitter(new AttributionCandidates());
    ParsedAttributions parsed = new ParsedAttributions();
    CueLexicon cues = CueLexicon.shared();
    Map<String, long[]> byVerb = new TreeMap<>();
    List<Path> files;
    try (var s = Files.list(Path.of(a[0]))) { files = s.sorted().toList(); }
    long parsedTokens = 0, fruitless = 0;
    for (Path f : files) {
      for (Sentence s : splitter.split(Files.readString(f))) {
        if (s.tokens().get(0).head() == Token.UNPARSED) continue;
        List<Attribution> found = parsed.find(s);
        Set<Integer> cueStarts = new HashSet<>();
        for (Attribution at : found) cueStarts.add(at.cue().begin());
        parsedTokens += s.tokens().size();
        if (found.isEmpty()) fruitless += s.tokens().size();
        for (Token t : s.tokens()) {
          String w = t.text().toLowerCase();
          if (t.tag() != null && t.tag().startsWith("VB") && (cues.isCue(w) || ParsedAttributions.STANCE_VERBS.contains(w) || ParsedAttributions.PREPOSITION_CUES.containsKey(w) || ParsedAttributions.NAMING_VERBS.contains(w) || ParsedAttributions.QUOTING_ONLY.contains(w))) {
            boolean hit = found.stream().anyMatch(at -> at.cue().begin() <= t.begin() && t.end() <= at.cue().end());
            long[] c = byVerb.computeIfAbsent(w, x -> new long[3]);
            c[0]++; if (hit) c[1]++; c[2] += s.tokens().size();
          }
        }
      }
    }
    System.out.println("parsed tokens " + parsedTokens + ", in sentences with no attribution " + fruitless);
    byVerb.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[2], x.getValue()[2])).limit(100000)
        .forEach(e -> System.out.printf("%-14s %4d occurrences, %4d attributions, %6d tokens%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]));
  }
}
