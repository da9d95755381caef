package verbatim.index;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The append-only ledger: one checksummed JSON line per ingested document, the source of truth
 * from which the index can always be rebuilt.
 *
 * <p>Durability: {@link #append} writes, {@link #sync} makes what was written durable
 * ({@link FileChannel#force}); a caller acknowledges a record only after {@code sync} covers it.
 * One {@code sync} covers every record appended before it, so concurrent writers share a force
 * (group commit).
 *
 * <p>Recovery: opening checks every line's checksum. Damaged lines at the end — a write cut short
 * by a crash, never acknowledged — are cut off the file; a damaged line with good lines after it is
 * left in place and skipped when reading. Both are reported by {@link #damage()}, never silent.
 *
 * <p>Thread-safe.
 */
public final class Ledger implements Closeable {
  private static final int WRITE_SLICE = 1 << 20;
  private final Path file;
  private final FileChannel channel;
  private final List<LedgerDamage> damage = new ArrayList<>();
  private final Object syncLock = new Object();
  private long end;
  private volatile long durable;
  private long records;
  private long forces;

  private Ledger(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /** Opens the ledger at {@code file}, creating it when missing, and recovers it after a crash. */
  public static Ledger open(Path file) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    Ledger ledger = new Ledger(file, channel);
    try {
      ledger.recover();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    return ledger;
  }

  private void recover() throws IOException {
    List<LedgerDamage> suspects = new ArrayList<>();
    long validEnd = 0;
    // a channel of its own: closing the stream closes the channel under it
    try (InputStream in = new BufferedInputStream(Channels.newInputStream(FileChannel.open(file, StandardOpenOption.READ)), 1 << 16)) {
      LineReader lines = new LineReader(in, 0);
      while (lines.next()) {
        String problem = problemOf(lines);
        if (problem == null) {
          damage.addAll(suspects.stream().map(d -> skipped(d)).toList());
          suspects.clear();
          validEnd = lines.offset() + lines.length() + 1;
          records++;
        } else {
          suspects.add(new LedgerDamage(lines.offset(), lines.length(), problem, LedgerDamage.Action.TRUNCATED));
        }
      }
    }
    damage.addAll(suspects);
    if (channel.size() > validEnd) {
      // nothing after validEnd was ever acknowledged: a sync would have left it whole
      channel.truncate(validEnd);
      channel.force(true);
    }
    end = validEnd;
    durable = validEnd;
  }

  private static LedgerDamage skipped(LedgerDamage d) {
    return new LedgerDamage(d.offset(), d.length(), d.reason(), LedgerDamage.Action.SKIPPED);
  }

  private static String problemOf(LineReader lines) {
    if (!lines.terminated()) {
      return "the line has no newline: its write was cut short";
    }
    try {
      LedgerCodec.verified(lines.bytes(), lines.length());
      return null;
    } catch (DamagedRecordException e) {
      return e.getMessage();
    }
  }

  /** Writes {@code batch} at the end of the ledger in one write, not yet durable: see {@link #sync}. */
  public List<LedgerEntry> append(List<StoredAnalysis> batch) throws IOException {
    Batch lines = batch();
    for (StoredAnalysis record : batch) {
      lines.add(record);
    }
    return lines.write();
  }

  /**
   * Starts a batch of records to write together. Each record learns where it will be when it is
   * added, before anything is written, so that a caller can decide the next record knowing the
   * ones before it. Batches must not interleave: the corpus makes them under its lock.
   */
  public Batch batch() {
    return new Batch(end());
  }

  private synchronized List<LedgerEntry> write(Batch batch) throws IOException {
    if (batch.start != end) {
      throw new IllegalStateException("the ledger grew from " + batch.start + " to " + end
          + " since this batch began: batches must not interleave");
    }
    byte[] bytes = batch.lines.toByteArray();
    long at = end;
    // in slices: the channel copies a heap buffer into a direct one of the same size, and keeps it
    for (int from = 0; from < bytes.length; from += WRITE_SLICE) {
      ByteBuffer slice = ByteBuffer.wrap(bytes, from, Math.min(WRITE_SLICE, bytes.length - from));
      while (slice.hasRemaining()) {
        at += channel.write(slice, at);
      }
    }
    end = at;
    records += batch.entries.size();
    return List.copyOf(batch.entries);
  }

  /** Records to be written together, each already placed: see {@link #batch()}. */
  public final class Batch {
    private final long start;
    private final ByteArrayOutputStream lines = new ByteArrayOutputStream(1 << 16);
    private final List<LedgerEntry> entries = new ArrayList<>();

    private Batch(long start) {
      this.start = start;
    }

    /** Adds {@code record}; returns where its line will be once {@link #write} has run. */
    public LedgerEntry add(StoredAnalysis record) {
      byte[] line = LedgerCodec.encode(record);
      LedgerEntry entry = new LedgerEntry(start + lines.size(), line.length, record);
      lines.writeBytes(line);
      entries.add(entry);
      return entry;
    }

    /** Writes every record added at the end of the ledger, not yet durable: see {@link Ledger#sync}. */
    public List<LedgerEntry> write() throws IOException {
      return Ledger.this.write(this);
    }
  }

  /** Makes every record that ends at or before {@code upTo} durable; returns at once if it already is. */
  public void sync(long upTo) throws IOException {
    if (durable >= upTo) {
      return;
    }
    synchronized (syncLock) {
      if (durable >= upTo) {
        return;
      }
      long target = end();
      channel.force(false);
      forces++;
      durable = target;
    }
  }

  /** The end of what is known to be on disk: every record before it is durable. */
  long durable() {
    return durable;
  }

  /** How many times {@link #sync} forced the file to disk since it was opened. */
  long forces() {
    synchronized (syncLock) {
      return forces;
    }
  }

  /** Where the next record will start: the byte length of what was written. */
  public synchronized long end() {
    return end;
  }

  /** Whether a line starts at {@code offset}: the start of the file, or just after a newline. */
  public boolean startsLine(long offset) throws IOException {
    if (offset == 0) {
      return true;
    }
    if (offset < 0 || offset > end()) {
      return false;
    }
    ByteBuffer one = ByteBuffer.allocate(1);
    return channel.read(one, offset - 1) == 1 && one.get(0) == '\n';
  }

  /** How many readable records the ledger holds. */
  public synchronized long size() {
    return records;
  }

  /** The record whose line is at {@code offset}, {@code length} bytes long with its newline. */
  public StoredAnalysis read(long offset, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, offset + buffer.position()) < 0) {
        throw new IOException(file + ": no record at " + offset + " (the ledger ends first)");
      }
    }
    try {
      return LedgerCodec.decode(buffer.array(), length - 1);
    } catch (DamagedRecordException e) {
      throw new IOException(file + " at byte " + offset + ": " + e.getMessage());
    }
  }

  /**
   * The records from {@code offset} (a line start) to the current end, read lazily; damaged lines
   * are left out and added to {@link #damage()}. Close the stream when done.
   */
  public Stream<LedgerEntry> records(long offset) throws IOException {
    long stop = end();
    FileChannel reader = FileChannel.open(file, StandardOpenOption.READ).position(offset);
    InputStream in = new BufferedInputStream(Channels.newInputStream(reader), 1 << 16);
    Iterator<LedgerEntry> entries = new EntryIterator(new LineReader(in, offset), stop);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(entries, Spliterator.ORDERED), false)
        .onClose(() -> {
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Damaged lines found since the ledger was opened, in file order. */
  public synchronized List<LedgerDamage> damage() {
    return List.copyOf(damage);
  }

  private synchronized void reportSkipped(long offset, long length, String reason) {
    boolean known = damage.stream().anyMatch(d -> d.offset() == offset);
    if (!known) {
      damage.add(new LedgerDamage(offset, length, reason, LedgerDamage.Action.SKIPPED));
    }
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    synchronized (syncLock) {
      if (channel.isOpen()) {
        channel.force(false);
        channel.close();
      }
    }
  }

  /** Walks lines up to a fixed end, so records appended meanwhile are not half-read. */
  private final class EntryIterator implements Iterator<LedgerEntry> {
    private final LineReader lines;
    private final long stop;
    private LedgerEntry next;

    EntryIterator(LineReader lines, long stop) {
      this.lines = lines;
      this.stop = stop;
    }

    @Override
    public boolean hasNext() {
      try {
        while (next == null && lines.position() < stop && lines.next()) {
          try {
            if (!lines.terminated()) {
              throw new DamagedRecordException("the line has no newline");
            }
            StoredAnalysis record = LedgerCodec.decode(lines.bytes(), lines.length());
            next = new LedgerEntry(lines.offset(), lines.length() + 1, record);
          } catch (DamagedRecordException e) {
            reportSkipped(lines.offset(), lines.length(), e.getMessage());
          }
        }
        return next != null;
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": cannot read the ledger", e);
      }
    }

    @Override
    public LedgerEntry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      LedgerEntry entry = next;
      next = null;
      return entry;
    }
  }
}
