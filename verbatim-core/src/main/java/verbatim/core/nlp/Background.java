package verbatim.core.nlp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A model loading on its own thread from the moment it is asked for, so that a person at a
 * terminal waits for the slowest model, not for the sum of them, and input is read meanwhile.
 */
public final class Background<T> {
  private final String what;
  private final CompletableFuture<T> loading;

  private Background(String what, Supplier<T> loader) {
    this.what = what;
    this.loading = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        loading.complete(loader.get());
      } catch (RuntimeException | Error e) {
        loading.completeExceptionally(e);
      }
    }, "verbatim-load-" + what);
    thread.setDaemon(true);
    thread.start();
  }

  public static <T> Background<T> load(String what, Supplier<T> loader) {
    return new Background<>(what, loader);
  }

  /** The loaded value, waiting for it if need be; a failed load throws, naming what failed. */
  public T get() {
    try {
      return loading.join();
    } catch (CompletionException e) {
      throw new IllegalStateException("loading " + what + " failed: " + e.getCause().getMessage(), e.getCause());
    }
  }
}
