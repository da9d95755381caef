package verbatim.bench.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The articles of one PolNeAR compartment ({@code train}, {@code dev} or {@code test}), each
 * with one annotator's attributions.
 */
final class Polnear {
  /** Printed with every run, so that a figure can be tied to the gold it was scored on. */
  static final String ANNOTATOR_RULE =
      "one .ann file per article: the lexicographically first annotator id (the suffix after the last '_')";

  static final List<String> SPLITS = List.of("train", "dev", "test");

  private Polnear() {}

  /**
   * A split of the PolNeAR copy under {@code shared}, or the process ends with status 1 and a
   * message saying where it looked: what a command-line evaluation does when its data is missing.
   */
  static List<GoldDocument> readOrExit(Path shared, String split) throws IOException {
    Path polnear = shared.resolve("datasets/polnear");
    if (!Files.isDirectory(polnear.resolve("data").resolve(split).resolve("attributions"))) {
      System.err.println("no PolNeAR " + split + " data under " + polnear.toAbsolutePath() + " (give --shared PATH)");
      System.exit(1);
    }
    return read(polnear, split);
  }

  /** The compartment's articles in file-name order. */
  static List<GoldDocument> read(Path polnear, String split) throws IOException {
    if (!SPLITS.contains(split)) {
      throw new IllegalArgumentException("split '" + split + "' is not one of " + SPLITS);
    }
    Path dir = polnear.resolve("data").resolve(split);
    Map<String, Path> chosen = firstAnnotatorFiles(dir.resolve("attributions"));
    List<GoldDocument> documents = new ArrayList<>();
    for (Map.Entry<String, Path> entry : chosen.entrySet()) {
      String name = entry.getKey();
      Path text = dir.resolve("text").resolve(name + ".txt");
      String annotator = annotator(entry.getValue());
      documents.add(new GoldDocument(name, annotator, Files.readString(text, StandardCharsets.UTF_8),
          BratReader.read(entry.getValue())));
    }
    return documents;
  }

  /** Article name → its {@code .ann} file with the smallest annotator id. */
  static Map<String, Path> firstAnnotatorFiles(Path attributions) throws IOException {
    Map<String, Path> chosen = new TreeMap<>();
    try (Stream<Path> files = Files.list(attributions)) {
      for (Path ann : files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList()) {
        String file = ann.getFileName().toString();
        int underscore = file.lastIndexOf('_');
        if (underscore < 0) {
          throw new IllegalArgumentException(ann + ": expected <article>_<annotator>.ann");
        }
        chosen.merge(file.substring(0, underscore), ann,
            (a, b) -> annotator(a).compareTo(annotator(b)) <= 0 ? a : b);
      }
    }
    return chosen;
  }

  private static String annotator(Path ann) {
    String file = ann.getFileName().toString();
    return file.substring(file.lastIndexOf('_') + 1, file.length() - ".ann".length());
  }
}
