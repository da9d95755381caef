package verbatim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import verbatim.core.model.DocumentKind;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Pipeline;
import verbatim.core.publisher.Publishers;
import verbatim.corenlp.CoreNlpLinguistics;
import verbatim.index.Corpus;
import verbatim.server.VerbatimServer;

/** {@code verbatim serve}: the archive over HTTP, with a web page. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the corpus in --data: a web page for searching, reading documents with their quotes and people, people's",
      "pages and remarks, and a JSON API under /api (described at /openapi.json). Read-only unless --write-token is given,",
      "which lets POST /api/documents add a document when the request carries 'Authorization: Bearer TOKEN'."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
  String bind;

  @Option(names = "--write-token", paramLabel = "TOKEN", description = "Accept POST /api/documents with this bearer token. Read it from an environment variable, e.g. --write-token \"$VERBATIM_TOKEN\".")
  String writeToken;

  private final PrintStream err;

  ServeCommand() {
    this(System.err);
  }

  ServeCommand(PrintStream err) {
    this.err = err;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (writeToken != null && writeToken.length() < 16) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--write-token must be at least 16 characters");
    }
    Pipeline pipeline = writeToken == null ? null : Pipeline.standard(
        new AnalysisOptions(DocumentKind.NEWS, false, null, Publishers.builtIn()), CoreNlpLinguistics.english());
    CountDownLatch stopped = new CountDownLatch(1);
    try (Corpus corpus = Corpus.open(data.dir);
        VerbatimServer server = new VerbatimServer(corpus, raw -> pipeline.analyze(raw), writeToken).start(bind, port)) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      err.printf("verbatim: serving %s (%d documents) on http://%s:%d/%s%n", data.dir, corpus.size(), bind, server.port(),
          writeToken == null ? " (read-only)" : "");
      stopped.await();
    }
    return Verbatim.OK;
  }
}
