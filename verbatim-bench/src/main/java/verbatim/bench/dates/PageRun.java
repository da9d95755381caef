package verbatim.bench.dates;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import verbatim.bench.Pages;
import verbatim.core.extract.html.MetadataReader;
import verbatim.core.extract.html.PageMetadata;

/**
 * Runs the metadata reader over the pages of one evaluation zip. A page that is missing or throws
 * becomes a result with an error and no metadata, so it is scored as a miss and the run goes on.
 */
final class PageRun {
  /** One page's outcome; {@code metadata} is null exactly when {@code error} is not. */
  record Result(GoldPage gold, PageMetadata metadata, String error) {}

  /** Pages and wall time spent decoding, parsing and reading them (not reading the zip). */
  record Results(List<Result> pages, long nanos) {
    double pagesPerSecond() {
      return nanos == 0 ? 0 : pages.size() / (nanos / 1e9);
    }
  }

  private PageRun() {}

  static Results run(ZipFile zip, List<GoldPage> gold, MetadataReader reader) {
    List<Result> out = new ArrayList<>();
    long nanos = 0;
    for (GoldPage page : gold) {
      byte[] bytes;
      try {
        bytes = bytes(zip, page.file());
      } catch (IOException | RuntimeException e) {
        out.add(new Result(page, null, "cannot read " + page.file() + ": " + e));
        continue;
      }
      long start = System.nanoTime();
      out.add(readOne(page, bytes, reader));
      nanos += System.nanoTime() - start;
    }
    return new Results(out, nanos);
  }

  private static Result readOne(GoldPage page, byte[] bytes, MetadataReader reader) {
    try {
      Document doc = Jsoup.parse(Pages.decode(page.url(), bytes), page.url());
      return new Result(page, reader.read(doc, page.url()), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Result(page, null, e.toString());
    }
  }

  private static byte[] bytes(ZipFile zip, String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new IOException("no entry " + name);
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }
}
