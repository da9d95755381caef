package verbatim.core.input;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real web site on a random loopback port for fetch tests: pages, redirects, a slow page, and a
 * log of every request with the time it arrived.
 */
final class TestSite implements AutoCloseable {
  /** One request as the server saw it. */
  record Hit(String path, long nanoTime, String userAgent) {}

  private interface Answer {
    void send(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<Hit> hits = new CopyOnWriteArrayList<>();

  TestSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  TestSite page(String path, String contentType, String body) {
    return page(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  TestSite page(String path, String contentType, byte[] body) {
    answers.put(path, exchange -> reply(exchange, 200, contentType, body));
    return this;
  }

  TestSite status(String path, int status) {
    answers.put(path, exchange -> reply(exchange, status, "text/html", ("<p>status " + status).getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  TestSite redirect(String path, String location) {
    answers.put(path, exchange -> {
      exchange.getResponseHeaders().add("Location", location);
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    return this;
  }

  /** A page that answers only after {@code millis}, as an overloaded server does. */
  TestSite slow(String path, long millis) {
    answers.put(path, exchange -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      reply(exchange, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
    });
    return this;
  }

  List<Hit> hits() {
    return List.copyOf(hits);
  }

  List<String> paths() {
    return hits.stream().map(Hit::path).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    hits.add(new Hit(path, System.nanoTime(), exchange.getRequestHeaders().getFirst("User-Agent")));
    Answer answer = answers.get(path);
    if (answer == null) {
      reply(exchange, 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8));
    } else {
      answer.send(exchange);
    }
  }

  private static void reply(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    } catch (IOException e) {
      // the client gave up (a timeout test): nothing to do
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
