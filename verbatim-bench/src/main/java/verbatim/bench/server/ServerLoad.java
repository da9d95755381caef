package verbatim.bench.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import verbatim.index.Corpus;
import verbatim.index.Order;
import verbatim.index.Page;
import verbatim.index.SearchHit;
import verbatim.index.SearchQuery;
import verbatim.server.VerbatimServer;

/**
 * A bounded load test of the HTTP API on loopback: search, phrase and remarks requests at 1, 8 and 64
 * concurrent clients over an existing corpus, p50 / p99 / max latency and requests per second.
 * Queries are drawn from the corpus's own titles (single words, two words, three-word phrases),
 * so they hit; remarks ask for the most quoted people. Each client sends its next request when the last one answered (a closed loop).
 *
 * <p>{@code ServerLoad --data DIR [--clients 1,8,64] [--requests 2000] [--remarks-requests 100] [--warmup 300] [--seed 7]}
 */
public final class ServerLoad {
  private ServerLoad() {}

  public static void main(String[] args) throws Exception {
    Path data = null;
    int[] clients = {1, 8, 64};
    int requests = 2000;
    int remarkRequests = 100;
    int warmup = 300;
    long seed = 7;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--clients" -> clients = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        case "--requests" -> requests = Integer.parseInt(args[++i]);
        case "--remarks-requests" -> remarkRequests = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; usage: ServerLoad --data DIR [--clients 1,8,64] [--requests N] [--warmup N] [--seed N]");
      }
    }
    if (data == null) {
      throw new IllegalArgumentException("--data DIR is required");
    }
    try (Corpus corpus = Corpus.open(data);
        VerbatimServer server = new VerbatimServer(corpus, raw -> {
          throw new IllegalStateException("read-only");
        }, null).start("127.0.0.1", 0)) {
      Queries q = Queries.from(corpus, new Random(seed));
      System.out.printf("corpus %s: %d documents; %d search and %d phrase queries drawn from titles%n", data, corpus.size(),
          q.search.size(), q.phrases.size());
      String base = "http://127.0.0.1:" + server.port();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      System.out.println("| request | clients | requests | p50 ms | p99 ms | max ms | requests/s | errors |");
      System.out.println("|---|---|---|---|---|---|---|---|");
      for (String kind : List.of("search", "phrase", "remarks")) {
        List<String> paths = new ArrayList<>();
        List<String> values = kind.equals("search") ? q.search : kind.equals("phrase") ? q.phrases : q.speakers;
        for (String s : values) {
          paths.add(switch (kind) {
            case "search" -> "/api/search?limit=20&q=" + enc(s);
            case "phrase" -> "/api/phrase?limit=20&q=" + enc(s);
            default -> "/api/remarks?limit=20&speaker=" + enc(s);
          });
        }
        if (paths.isEmpty()) {
          continue;
        }
        // a remark reads every quote of its speaker: far slower than a search, so fewer of them
        int n = kind.equals("remarks") ? remarkRequests : requests;
        run(http, base, paths, Math.max(1, clients[0]), Math.min(warmup, n)); // warm the JIT and the index caches
        for (int c : clients) {
          Result r = run(http, base, paths, c, n);
          System.out.printf("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %d |%n", kind, c, n, r.percentile(50), r.percentile(99),
              r.percentile(100), n / r.seconds, r.errors);
        }
      }
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private record Result(double[] millis, double seconds, int errors) {
    double percentile(double p) {
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
  }

  private static Result run(HttpClient http, String base, List<String> paths, int clients, int requests) throws Exception {
    double[] millis = new double[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      workers.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
          HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size()))).timeout(Duration.ofSeconds(60)).build();
          long t = System.nanoTime();
          try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (IOException | InterruptedException e) {
            errors.incrementAndGet();
          }
          millis[i] = (System.nanoTime() - t) / 1e6;
        }
        return null;
      }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new Result(millis, seconds, errors.get());
  }

  /** Queries made of the corpus's own words, so that they find something. */
  private record Queries(List<String> search, List<String> phrases, List<String> speakers) {
    static Queries from(Corpus corpus, Random random) throws IOException {
      Set<String> search = new LinkedHashSet<>();
      Set<String> phrases = new LinkedHashSet<>();
      for (int offset = 0; offset < 2000; offset += Page.MAX_LIMIT) {
        List<SearchHit> hits = corpus.search(SearchQuery.all().ordered(Order.NEWEST).at(new Page(offset, Page.MAX_LIMIT))).hits();
        for (SearchHit h : hits) {
          String[] w = h.title() == null ? new String[0] : h.title().replaceAll("[^\\p{L}\\p{N}\\s'-]", " ").trim().split("\\s+");
          if (w.length >= 3) {
            int i = random.nextInt(w.length - 2);
            search.add(w[i]);
            search.add(w[i] + " " + w[i + 1]);
            phrases.add(w[i] + " " + w[i + 1] + " " + w[i + 2]);
          }
        }
      }
      List<String> s = new ArrayList<>(search);
      List<String> p = new ArrayList<>(phrases);
      java.util.Collections.shuffle(s, random);
      java.util.Collections.shuffle(p, random);
      List<String> speakers = corpus.people().stream().filter(x -> x.quotes() > 0).map(x -> x.name()).limit(200).toList();
      return new Queries(s.subList(0, Math.min(500, s.size())), p.subList(0, Math.min(500, p.size())), speakers);
    }
  }
}
