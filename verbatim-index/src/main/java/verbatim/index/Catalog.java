package verbatim.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the corpus must know, in memory, to decide an ingest at once: which ids it holds, the
 * versions at each URL, each text's fingerprint and near-duplicate cluster, and where each record
 * is in the ledger. Derived state: rebuilt from the index on open, or from the ledger. Thread-safe.
 */
final class Catalog {
  /** Orders copies: earliest published first, undated last, then in ingest order. */
  static final Comparator<Entry> EARLIEST = Comparator.comparingLong(Entry::published)
      .thenComparingLong(Entry::offset);

  /**
   * One stored document.
   *
   * @param urlKey the story it is a version of, or {@code null} without a URL
   * @param published epoch milliseconds, {@link Long#MAX_VALUE} when undated
   * @param fingerprint its {@link Fingerprint}, or {@code null} when too short for one
   * @param cluster the id its near-duplicates share: the first of them ingested
   */
  record Entry(String id, String urlKey, int version, long published, Fingerprint fingerprint, String cluster,
      long offset, int length) {}

  private final Map<String, Entry> byId = new HashMap<>();
  private final Map<String, List<Entry>> byUrl = new HashMap<>();
  private final Map<String, List<Entry>> byCluster = new HashMap<>();

  synchronized Optional<Entry> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  synchronized void put(Entry e) {
    Entry old = byId.put(e.id(), e);
    if (old != null) {
      remove(byUrl, old.urlKey(), old);
      remove(byCluster, old.cluster(), old);
    }
    if (e.urlKey() != null) {
      byUrl.computeIfAbsent(e.urlKey(), k -> new ArrayList<>()).add(e);
      byUrl.get(e.urlKey()).sort(Comparator.comparingInt(Entry::version));
    }
    byCluster.computeIfAbsent(e.cluster(), k -> new ArrayList<>()).add(e);
  }

  private static void remove(Map<String, List<Entry>> map, String key, Entry e) {
    if (key != null && map.containsKey(key)) {
      map.get(key).removeIf(x -> x.id().equals(e.id()));
    }
  }

  synchronized void clear() {
    byId.clear();
    byUrl.clear();
    byCluster.clear();
  }

  synchronized int size() {
    return byId.size();
  }

  /** The versions of the story at {@code urlKey}, first version first. */
  synchronized List<Entry> versions(String urlKey) {
    return List.copyOf(byUrl.getOrDefault(urlKey, List.of()));
  }

  /**
   * The earliest published copy of a stored text nearly the same as {@code fingerprint}, outside
   * the story at {@code urlKey}, if there is one.
   */
  synchronized Optional<Entry> earliestCopy(Fingerprint fingerprint, String urlKey) {
    String cluster = null;
    for (Entry e : byId.values()) {
      if (e.fingerprint() != null && e.fingerprint().near(fingerprint)
          && (urlKey == null || !urlKey.equals(e.urlKey()))) {
        cluster = e.cluster();
        break;
      }
    }
    return cluster == null ? Optional.empty() : copies(cluster).stream().findFirst();
  }

  /** The copies of a text, earliest published first. */
  synchronized List<Entry> copies(String cluster) {
    List<Entry> members = new ArrayList<>(byCluster.getOrDefault(cluster, List.of()));
    members.sort(EARLIEST);
    return members;
  }

  /** The earliest published copy of {@code id}'s text when that is another document, else empty. */
  synchronized Optional<String> original(String id) {
    Entry e = byId.get(id);
    if (e == null) {
      return Optional.empty();
    }
    List<Entry> members = copies(e.cluster());
    return members.size() < 2 || members.get(0).id().equals(id) ? Optional.empty() : Optional.of(members.get(0).id());
  }
}
