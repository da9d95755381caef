package verbatim.cli;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Maps items on a fixed number of threads and yields the results in input order, with a bounded
 * number in flight so that a folder of a million pages never sits in memory at once. The function
 * must not throw.
 */
final class OrderedParallel<T, R> {
  private final int threads;
  private final Function<T, R> function;

  OrderedParallel(int threads, Function<T, R> function) {
    this.threads = threads;
    this.function = function;
  }

  Stream<R> map(List<T> items) {
    return map(items.iterator());
  }

  /** As {@link #map(List)}, reading the items lazily: a WARC archive or a feed is never held whole. */
  Stream<R> map(Iterator<T> items) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread t = new Thread(runnable, "verbatim-worker");
      t.setDaemon(true);
      return t;
    });
    Iterator<R> results = new Iterator<>() {
      private final Iterator<T> pending = items;
      private final ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (inFlight.size() < threads * 4 && pending.hasNext()) {
          T item = pending.next();
          inFlight.add(pool.submit(() -> function.apply(item)));
        }
        if (inFlight.isEmpty()) {
          pool.shutdown();
          return false;
        }
        return true;
      }

      @Override
      public R next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        try {
          return inFlight.poll().get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        }
      }
    };
    Iterable<R> iterable = () -> results;
    return StreamSupport.stream(iterable.spliterator(), false).onClose(pool::shutdownNow);
  }
}
