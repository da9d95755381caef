package verbatim.bench.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the CoNLL-2003 column format ({@code token POS chunk NER}, blank line between sentences,
 * {@code -DOCSTART-} line before each document), gzip-compressed or not. The tags are kept as
 * written: IOB1 in {@code eng.*}, IOB2 in {@code conllpp_test.txt}; {@link SpanDecoder} reads both.
 *
 * <p>The gold data is trusted input: a line without four columns throws, naming the file and line.
 */
final class ConllReader {
  private static final String DOCSTART = "-DOCSTART-";

  private ConllReader() {}

  static List<GoldDocument> read(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static List<GoldDocument> read(BufferedReader reader, String name) throws IOException {
    List<GoldDocument> documents = new ArrayList<>();
    List<GoldSentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith(DOCSTART)) {
        if (!tokens.isEmpty()) {
          sentences.add(new GoldSentence(tokens, tags));
          tokens.clear();
          tags.clear();
        }
        if (trimmed.startsWith(DOCSTART) && !sentences.isEmpty()) {
          documents.add(new GoldDocument(sentences));
          sentences.clear();
        }
        continue;
      }
      String[] columns = trimmed.split(" ");
      if (columns.length != 4) {
        throw new IllegalArgumentException(name + ":" + lineNumber + ": expected 4 columns, found "
            + columns.length + ": '" + line + "'");
      }
      tokens.add(columns[0]);
      tags.add(columns[3]);
    }
    if (!tokens.isEmpty()) {
      sentences.add(new GoldSentence(tokens, tags));
    }
    if (!sentences.isEmpty()) {
      documents.add(new GoldDocument(sentences));
    }
    return List.copyOf(documents);
  }
}
