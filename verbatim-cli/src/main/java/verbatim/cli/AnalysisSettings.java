package verbatim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import verbatim.core.input.BoundedBytes;
import verbatim.core.model.DocumentKind;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.publisher.Publishers;

/** The options that say how documents are analysed, shared by {@code analyze} and {@code ingest}. */
final class AnalysisSettings {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--kind", paramLabel = "KIND", defaultValue = "NEWS",
      description = "What the documents are: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  DocumentKind kind;

  @Option(names = "--body-only", description = "The inputs are already clean article bodies: keep their text exactly, so offsets are offsets into the files.")
  boolean bodyOnly;

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "Zone for printed local times when neither the page nor the publisher's profile says (e.g. Asia/Seoul). Without it such dates are reported as zone unknown.")
  String zone;

  @Option(names = "--publishers", paramLabel = "FILE",
      description = "Extra publisher profiles, one per line: domain<TAB>name<TAB>zone. They add to and override the built-in ones.")
  Path publishersFile;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + BoundedBytes.DEFAULT_LIMIT,
      description = "Refuse documents larger than this, after gunzip (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--threads", paramLabel = "N", description = "Documents analysed at once (default: the number of cores).")
  Integer threads;

  AnalysisOptions options() {
    return new AnalysisOptions(kind, bodyOnly, zoneId(), publishers());
  }

  int workers() {
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + workers);
    }
    return workers;
  }

  private ZoneId zoneId() {
    if (zone == null) {
      return null;
    }
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new ParameterException(spec.commandLine(), "--zone: unknown zone \"" + zone + "\" (use an IANA id such as Asia/Seoul)");
    }
  }

  private Publishers publishers() {
    Publishers builtIn = Publishers.builtIn();
    if (publishersFile == null) {
      return builtIn;
    }
    try {
      return builtIn.with(publishersFile);
    } catch (IOException | IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--publishers " + publishersFile + ": " + e.getMessage());
    }
  }
}
