package verbatim.bench.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures CoreNLP NER configurations on CoNLL-2003 {@code eng.testb} (and CoNLL++), each in a
 * fresh JVM so that heap and load figures are its own, and prints one table.
 *
 * <p>Usage: {@code NerEval [--shared PATH] [--limit DOCS] [--threads N] [--repeats N]
 * [--config A,B,...] [--in-process]}: {@code --threads} (default 2) threads share one loaded
 * instance; the fastest of {@code --repeats} (default 2) timed passes counts; {@code --in-process}
 * runs every configuration in this JVM (heap and load figures then pollute each other). Exit 0 on a completed run, 1 on missing data or a failed configuration, 2 on
 * bad arguments. {@code --child NAME} is the internal form that runs one configuration and
 * prints its {@link ConfigResult} line.
 */
public final class NerEval {
  private static final String USAGE =
      "usage: NerEval [--shared PATH] [--limit DOCS] [--threads N] [--repeats N] [--config A,B,...] [--in-process]";

  private NerEval() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path shared = Path.of("../shared");
    int limit = Integer.MAX_VALUE;
    int threads = 2;
    int repeats = 2;
    List<String> names = Configurations.all().stream().map(NerConfiguration::name).toList();
    String child = null;
    boolean inProcess = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--shared" -> shared = Path.of(value(args, ++i));
          case "--limit" -> limit = positive(args, ++i);
          case "--threads" -> threads = positive(args, ++i);
          case "--repeats" -> repeats = positive(args, ++i);
          case "--config" -> names = Arrays.asList(value(args, ++i).split(","));
          case "--in-process" -> inProcess = true;
          case "--child" -> child = value(args, ++i);
          default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
        }
      }
      names.forEach(Configurations::named);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    }
    Path data = shared.resolve("datasets/conll2003");
    if (!Files.isRegularFile(data.resolve("eng.testb.gz")) || !Files.isRegularFile(data.resolve("conllpp_test.txt.gz"))) {
      System.err.println("no CoNLL-2003 test data under " + data.toAbsolutePath() + " (give --shared PATH)");
      System.exit(1);
    }
    if (child != null) {
      System.out.println(runHere(child, data, limit, threads, repeats).toLine());
      return;
    }
    List<ConfigResult> results = new ArrayList<>();
    for (String name : names) {
      System.err.println("== " + name);
      results.add(inProcess ? runHere(name, data, limit, threads, repeats)
          : runInChild(name, shared, limit, threads, repeats));
    }
    new ResultTable(System.out).print(results, Configurations.REFERENCE);
  }

  private static ConfigResult runHere(String name, Path data, int limit, int threads, int repeats)
      throws IOException, InterruptedException {
    List<GoldDocument> test = head(ConllReader.read(data.resolve("eng.testb.gz")), limit);
    List<GoldDocument> corrected = head(ConllReader.read(data.resolve("conllpp_test.txt.gz")), limit);
    return ConfigRun.measure(Configurations.named(name), test, corrected, threads, repeats);
  }

  private static ConfigResult runInChild(String name, Path shared, int limit, int threads, int repeats)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), NerEval.class.getName(),
        "--child", name, "--shared", shared.toString(), "--threads", Integer.toString(threads), "--repeats",
        Integer.toString(repeats)));
    if (limit != Integer.MAX_VALUE) {
      command.addAll(List.of("--limit", Integer.toString(limit)));
    }
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    ConfigResult result = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(ConfigResult.PREFIX)) {
          result = ConfigResult.parse(line);
        } else {
          System.err.println(line);
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0 || result == null) {
      System.err.println("configuration '" + name + "' failed: child JVM exit " + exit);
      System.exit(1);
    }
    return result;
  }

  private static <T> List<T> head(List<T> list, int limit) {
    return list.subList(0, Math.min(limit, list.size()));
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static int positive(String[] args, int i) {
    String v = value(args, i);
    try {
      int n = Integer.parseInt(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(args[i - 1] + " needs a positive integer, got '" + v + "'");
  }
}
