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
 *
 * <p>Sized for millions of documents: no lookup walks every document, and the common cases — a
 * story with one version, a text with no copy — cost no list of their own (about 300 bytes a
 * document here, beside the fingerprints in {@link NearDuplicates}).
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
   * @param cluster the id its near-duplicates share: the first of them ingested
   */
  record Entry(String id, String urlKey, int version, long published, String cluster, long offset, int length) {
    Entry {
      // a text with no copy is its own cluster: one string, not two equal ones
      if (cluster.equals(id)) {
        cluster = id;
      }
    }
  }

  private final Map<String, Entry> byId = new HashMap<>();
  /** Stories with a single version, the common case. */
  private final Map<String, Entry> onlyVersion = new HashMap<>();
  /** Stories with several versions, first version first. */
  private final Map<String, List<Entry>> severalVersions = new HashMap<>();
  /** Clusters of two copies or more; a text with none is in no list. */
  private final Map<String, List<Entry>> clusters = new HashMap<>();
  private NearDuplicates<Entry> fingerprints = new NearDuplicates<>();

  synchronized Optional<Entry> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Adds or replaces a document. {@code fingerprint} ({@code null} for a text too short) is kept
   * only the first time an id is put: the same id is the same bytes, so the same text.
   */
  synchronized void put(Entry e, Fingerprint fingerprint) {
    Entry founder = byId.get(e.cluster());
    if (founder != null && e.cluster() != founder.id()) {
      e = new Entry(e.id(), e.urlKey(), e.version(), e.published(), founder.id(), e.offset(), e.length());
    }
    Entry old = byId.put(e.id(), e);
    if (old != null) {
      removeVersion(old);
      removeFromCluster(old);
    } else if (fingerprint != null) {
      fingerprints.add(fingerprint, e);
    }
    addVersion(e);
    addToCluster(e);
  }

  private void addVersion(Entry e) {
    if (e.urlKey() == null) {
      return;
    }
    List<Entry> several = severalVersions.get(e.urlKey());
    if (several == null) {
      Entry only = onlyVersion.putIfAbsent(e.urlKey(), e);
      if (only == null) {
        return;
      }
      onlyVersion.remove(e.urlKey());
      several = new ArrayList<>(2);
      several.add(only);
      severalVersions.put(e.urlKey(), several);
    }
    several.add(e);
    several.sort(Comparator.comparingInt(Entry::version));
  }

  private void removeVersion(Entry e) {
    if (e.urlKey() == null) {
      return;
    }
    onlyVersion.remove(e.urlKey(), e);
    List<Entry> several = severalVersions.get(e.urlKey());
    if (several != null) {
      several.removeIf(x -> x.id().equals(e.id()));
    }
  }

  private void addToCluster(Entry e) {
    List<Entry> members = clusters.get(e.cluster());
    if (members == null) {
      if (e.cluster().equals(e.id())) {
        // a founder alone: copies() finds it through byId
        return;
      }
      members = new ArrayList<>(2);
      Entry founder = byId.get(e.cluster());
      if (founder != null) {
        members.add(founder);
      }
      clusters.put(e.cluster(), members);
    }
    members.add(e);
  }

  private void removeFromCluster(Entry e) {
    List<Entry> members = clusters.get(e.cluster());
    if (members != null) {
      members.removeIf(x -> x.id().equals(e.id()));
    }
  }

  synchronized void clear() {
    byId.clear();
    onlyVersion.clear();
    severalVersions.clear();
    clusters.clear();
    fingerprints = new NearDuplicates<>();
  }

  /** Makes room for {@code expected} documents in all, before loading that many. */
  synchronized void reserve(int expected) {
    fingerprints.reserve(expected);
  }

  synchronized int size() {
    return byId.size();
  }

  /** The versions of the story at {@code urlKey}, first version first. */
  synchronized List<Entry> versions(String urlKey) {
    List<Entry> several = severalVersions.get(urlKey);
    if (several != null) {
      return List.copyOf(several);
    }
    Entry only = onlyVersion.get(urlKey);
    return only == null ? List.of() : List.of(only);
  }

  /**
   * The earliest published copy of a stored text nearly the same as {@code fingerprint}, outside
   * the story at {@code urlKey}, if there is one. When texts of several clusters are near, the most
   * similar decides which cluster (then the first ingested).
   */
  synchronized Optional<Entry> earliestCopy(Fingerprint fingerprint, String urlKey) {
    for (Entry near : fingerprints.near(fingerprint)) {
      // the entry kept with the fingerprint may since have been replaced: ask by id
      Entry e = byId.get(near.id());
      if (e != null && (urlKey == null || !urlKey.equals(e.urlKey()))) {
        return copies(e.cluster()).stream().findFirst();
      }
    }
    return Optional.empty();
  }

  /** The copies of a text, earliest published first. */
  synchronized List<Entry> copies(String cluster) {
    List<Entry> members = clusters.get(cluster);
    if (members == null) {
      Entry founder = byId.get(cluster);
      return founder == null ? List.of() : List.of(founder);
    }
    List<Entry> sorted = new ArrayList<>(members);
    sorted.sort(EARLIEST);
    return sorted;
  }

  /** The earliest published copy of {@code id}'s text when that is another document, else empty. */
  synchronized Optional<String> original(String id) {
    Entry e = byId.get(id);
    if (e == null || !clusters.containsKey(e.cluster())) {
      return Optional.empty();
    }
    List<Entry> members = copies(e.cluster());
    return members.size() < 2 || members.get(0).id().equals(id) ? Optional.empty() : Optional.of(members.get(0).id());
  }
}
