package verbatim.core.quotes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Three maximum-entropy models (Apache OpenNLP) that extend verbatim's quote rules: one says which
 * verbs the rules passed over report speech or thought, two score where a report's content begins
 * and ends. Trained from annotated news by {@code verbatim-bench}'s {@code TrainAttributionModel}.
 * verbatim ships no such model: the only annotated data it has been measured on may not be
 * redistributed, so a model is trained where that data is and passed with {@code --quote-model}.
 *
 * <p>Stored as one zip file holding {@code cue.bin}, {@code begin.bin} and {@code end.bin} in
 * OpenNLP's binary model format, and {@code settings.properties}. Thread-safe: OpenNLP's models
 * only read their weights when they score.
 *
 * @param cueThreshold the probability from which a word is taken as a cue
 * @param reportThreshold the confidence from which a report on a learned cue is kept: the cue's
 *     probability times each content edge's share of its candidates' scores
 */
public record AttributionModel(MaxentModel cue, double cueThreshold, double reportThreshold, MaxentModel begin,
    MaxentModel end) {
  /** The outcome a model gives to a right answer: a cue, or the content's edge. */
  public static final String YES = "yes";
  /** The outcome a model gives to every other candidate. */
  public static final String NO = "no";

  private static final String CUE_ENTRY = "cue.bin";
  private static final String BEGIN_ENTRY = "begin.bin";
  private static final String END_ENTRY = "end.bin";
  private static final String SETTINGS_ENTRY = "settings.properties";

  public AttributionModel {
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(begin, "begin");
    Objects.requireNonNull(end, "end");
    if (!(cueThreshold > 0 && cueThreshold < 1)) {
      throw new IllegalArgumentException("cue threshold " + cueThreshold + " is not in (0, 1)");
    }
    if (!(reportThreshold >= 0 && reportThreshold < 1)) {
      throw new IllegalArgumentException("report threshold " + reportThreshold + " is not in [0, 1)");
    }
  }

  /** The same models with other thresholds (to tune them on held-out data). */
  public AttributionModel withThresholds(double cue, double report) {
    return new AttributionModel(this.cue, cue, report, begin, end);
  }

  /** The probability that this candidate is a right answer, by the given model. */
  static double score(MaxentModel model, String[] features) {
    return model.eval(features)[model.getIndex(YES)];
  }

  public static AttributionModel load(Path file) throws IOException {
    return read(Files.readAllBytes(file), file.toString());
  }

  /**
   * The model in a file's bytes, for a caller that reads them once for more than this (a digest).
   *
   * @param name the file's name, for the error
   */
  public static AttributionModel read(byte[] bytes, String name) throws IOException {
    try {
      Map<String, byte[]> entries = new HashMap<>();
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          entries.put(e.getName(), zip.readAllBytes());
        }
      }
      Properties settings = new Properties();
      settings.load(new InputStreamReader(new ByteArrayInputStream(entry(entries, SETTINGS_ENTRY)), StandardCharsets.UTF_8));
      double cueThreshold = Double.parseDouble(settings.getProperty("cue-threshold", "0.5"));
      double reportThreshold = Double.parseDouble(settings.getProperty("report-threshold", "0"));
      return new AttributionModel(model(entries, CUE_ENTRY), cueThreshold, reportThreshold, model(entries, BEGIN_ENTRY),
          model(entries, END_ENTRY));
    } catch (IOException | RuntimeException e) {
      throw new IOException(name + " is not a quote model: " + e.getMessage(), e);
    }
  }

  private static byte[] entry(Map<String, byte[]> entries, String name) throws IOException {
    byte[] bytes = entries.get(name);
    if (bytes == null) {
      throw new IOException("it has no " + name);
    }
    return bytes;
  }

  private static MaxentModel model(Map<String, byte[]> entries, String name) throws IOException {
    MaxentModel model = new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(entry(entries, name))))
        .getModel();
    if (model.getIndex(YES) < 0) {
      throw new IOException(name + " has no outcome '" + YES + "'");
    }
    return model;
  }

  /** Writes the model, whole or not at all: a reader never sees half a file. */
  public void save(Path file) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
      write(zip, CUE_ENTRY, cue);
      write(zip, BEGIN_ENTRY, begin);
      write(zip, END_ENTRY, end);
      zip.putNextEntry(new ZipEntry(SETTINGS_ENTRY));
      zip.write(("cue-threshold=" + cueThreshold + "\nreport-threshold=" + reportThreshold + "\n")
          .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void write(ZipOutputStream zip, String name, MaxentModel model) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(buffer)) {
      new GenericModelWriter((AbstractModel) model, data).persist();
    }
    zip.putNextEntry(new ZipEntry(name));
    zip.write(buffer.toByteArray());
    zip.closeEntry();
  }
}
