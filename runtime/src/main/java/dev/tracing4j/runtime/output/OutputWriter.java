package dev.tracing4j.runtime.output;

import dev.tracing4j.runtime.internal.FailureReporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;

/**
 * Writes whole records to an {@link Output} from a background thread.
 *
 * <p>Callers copy each record into a bounded in-memory buffer and return; a daemon thread drains
 * the buffer to the destination and flushes it, so a slow disk or a full pipe never stalls the
 * traced program until the buffer is full. Then the {@link Overflow} policy decides: wait for room
 * ({@link Overflow#BLOCK}, the default) or drop the record and report the count later ({@link
 * Overflow#DROP}). A record is never split: concurrent writers never interleave mid-record, and
 * when a file's disk fills up in the middle of a record, the file is cut back to the last whole
 * one. Records lost either way are counted in the drop notice, written in the output's own format
 * once the output takes records again.
 *
 * <p>{@link #close()} writes out everything accepted before it, so the last record is not lost on
 * a normal exit; the subscriber installed by configuration closes its writers in a shutdown hook.
 * {@link #closeWithFooter} also ends a document, such as a chrome trace's closing {@code ]}}: the
 * footer is written once, last, after the drop notice. A closed writer takes no more records
 * (only stderr and stdout, after a plain close, still get them, written directly); it counts
 * those it refuses ({@link #refusedRecords()}) and says so on stderr at the first.
 *
 * <pre>{@code
 * OutputWriter writer = OutputWriter.open(Output.stderr(), OutputWriter.options());
 * writer.write(line, 0, line.length);
 * writer.close();
 * }</pre>
 */
public final class OutputWriter implements AutoCloseable {

  private static final int INITIAL_BUFFER = BufferReuse.INITIAL_BYTES;
  private static final long CLOSE_TIMEOUT_SECONDS = 60;
  /**
   * After a drain the background thread looks again every 1 ms for up to 10 ms before it waits
   * to be signalled: under steady load callers never pay for waking it, and a quiet program's
   * next record is still written at once.
   */
  private static final long POLL_NANOS = 1_000_000;
  private static final int QUIET_POLLS_BEFORE_WAITING = 10;

  private final Output output;
  private final Sink sink;
  private final int capacity;
  private final Overflow overflow;
  private final LongFunction<byte[]> dropNotice;
  private final Thread drainer;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition work = lock.newCondition();
  private final Condition progress = lock.newCondition();
  // Guarded by lock.
  private RecordBatch pending = new RecordBatch(INITIAL_BUFFER);
  private long appendedBytes;
  private long writtenBytes;
  private long dropped;
  private long refused;
  private boolean drainerWaiting;
  /** Close was asked for: the drainer writes out what is pending, then the footer, and stops. */
  private boolean closing;
  /** Written last, once; null for a plain close. */
  private byte[] footer;
  /** False from the moment nothing more may be appended: the footer is due, or all is written. */
  private boolean accepting = true;
  private boolean closed;
  // Owned by the drainer thread (spare is handed over under the lock).
  private RecordBatch spare = new RecordBatch(INITIAL_BUFFER);
  /** Records dropped or lost to a failed write and not yet in a written drop notice. */
  private long unreported;
  private final BufferReuse reuse = new BufferReuse();

  /** How a writer buffers; start from {@link OutputWriter#options()}. */
  public static final class Options {
    private int capacityBytes = 8 * 1024 * 1024;
    private Overflow overflow = Overflow.BLOCK;
    private LongFunction<byte[]> dropNotice = count ->
        ("tracing4j: dropped " + count + " records: the output buffer was full\n")
            .getBytes(StandardCharsets.UTF_8);

    private Options() {}

    /** The most bytes held in memory before the overflow policy applies; 8 MiB by default. */
    public Options capacityBytes(int capacityBytes) {
      if (capacityBytes < 1024) {
        throw new IllegalArgumentException(
            "capacityBytes must be at least 1024, was " + capacityBytes);
      }
      this.capacityBytes = capacityBytes;
      return this;
    }

    /** What to do with a record when the buffer is full; {@link Overflow#BLOCK} by default. */
    public Options overflow(Overflow overflow) {
      this.overflow = Objects.requireNonNull(overflow, "overflow");
      return this;
    }

    /**
     * The record written after records were dropped, given their count; formatting layers supply
     * one in their own format so that the output stays parseable.
     */
    public Options dropNotice(LongFunction<byte[]> dropNotice) {
      this.dropNotice = Objects.requireNonNull(dropNotice, "dropNotice");
      return this;
    }
  }

  /** Default options: 8 MiB, {@link Overflow#BLOCK}. */
  public static Options options() {
    return new Options();
  }

  private OutputWriter(Output output, Sink sink, Options options) {
    this.output = output;
    this.sink = sink;
    this.capacity = options.capacityBytes;
    this.overflow = options.overflow;
    this.dropNotice = options.dropNotice;
    this.drainer = new Thread(this::drain, "tracing4j-writer-" + output);
    drainer.setDaemon(true);
    drainer.start();
  }

  /**
   * Opens {@code output} and starts the background thread.
   *
   * @throws UncheckedIOException when the destination cannot be opened, naming it and why
   */
  public static OutputWriter open(Output output, Options options) {
    try {
      return new OutputWriter(output, output.open(), options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + output + " for writing: " + reason(e), e);
    }
  }

  /** Why a file could not be opened, in words: NIO's messages often hold only the path. */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException inTheWay) {
      return inTheWay.getFile() + " exists and is not a directory";
    }
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** The destination. */
  public Output output() {
    return output;
  }

  /**
   * Accepts one whole record. Returns once it is copied; blocks only when the buffer is full and
   * the policy is {@link Overflow#BLOCK}. Once the writer is closed, the record is refused and
   * counted, except that after a plain {@link #close()} stderr and stdout still get it directly.
   */
  public void write(byte[] record, int offset, int length) {
    boolean firstRefusal;
    lock.lock();
    try {
      while (accepting && pending.length > 0 && pending.length + length > capacity) {
        if (overflow == Overflow.DROP || Thread.currentThread() == drainer) {
          dropped++;
          return;
        }
        progress.awaitUninterruptibly();
      }
      if (accepting) {
        pending.append(record, offset, length);
        appendedBytes += length;
        if (drainerWaiting) {
          drainerWaiting = false; // one signal per wait is enough
          work.signal();
        }
        return;
      }
      if (footer == null && sink.takesRecordsAfterClose()) {
        writeDirect(record, offset, length);
        return;
      }
      firstRefusal = refused++ == 0;
    } finally {
      lock.unlock();
    }
    if (firstRefusal) {
      FailureReporter.notice(output + " was closed when a record arrived for it (from a"
          + " subscriber shut down at exit or replaced); such records are not written, so that"
          + " what the output holds stays whole, and this is said once");
    }
  }

  /** Waits until every record accepted so far has been written to the destination. */
  public void flush() {
    lock.lock();
    try {
      long target = appendedBytes;
      work.signal();
      while (writtenBytes < target && !closed && drainer.isAlive()) {
        progress.awaitUninterruptibly();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * How many records arrived after the writer closed (or after its footer was asked for) and were
   * not written; the first is also reported on stderr.
   *
   * <pre>{@code
   * writer.close();
   * writer.write(late, 0, late.length);   // refused: a file's contents stay whole
   * assert writer.refusedRecords() == 1;
   * }</pre>
   */
  public long refusedRecords() {
    lock.lock();
    try {
      return refused;
    } finally {
      lock.unlock();
    }
  }

  /** Writes out everything accepted, stops the background thread and closes a file destination. */
  @Override
  public void close() {
    finish(null);
  }

  /**
   * Closes the writer as {@link #close()} does, with {@code footer} as the very last record:
   * after everything accepted and after the drop notice. From this call on, every record is
   * refused, so nothing can follow the footer; a second call does nothing.
   *
   * <pre>{@code
   * writer.closeWithFooter("]}\n".getBytes(StandardCharsets.UTF_8));
   * }</pre>
   */
  public void closeWithFooter(byte[] footer) {
    finish(Objects.requireNonNull(footer, "footer").clone());
  }

  private void finish(byte[] last) {
    lock.lock();
    try {
      if (closing) {
        return;
      }
      closing = true;
      if (last != null) {
        footer = last;
        accepting = false;
      }
      work.signal();
    } finally {
      lock.unlock();
    }
    try {
      drainer.join(TimeUnit.SECONDS.toMillis(CLOSE_TIMEOUT_SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lock.lock();
    try {
      accepting = false;
      closed = true;
      progress.signalAll();
      sink.close();
    } catch (IOException e) {
      FailureReporter.report("closing output " + output, e);
    } finally {
      lock.unlock();
    }
  }

  /** How many records were dropped and not yet handed to the background thread; for tests. */
  long droppedPending() {
    lock.lock();
    try {
      return dropped;
    } finally {
      lock.unlock();
    }
  }

  /** The bytes its two buffers take, whatever they hold; for tests. */
  int bufferedCapacity() {
    lock.lock();
    try {
      return pending.bytes.length + (spare != null ? spare.bytes.length : 0);
    } finally {
      lock.unlock();
    }
  }

  private void writeDirect(byte[] record, int offset, int length) {
    try {
      sink.writeDirect(record, offset, length);
    } catch (IOException e) {
      FailureReporter.report("writing to " + output + " after close", e);
    }
  }

  private void drain() {
    int quietPolls = 0;
    while (true) {
      RecordBatch batch;
      boolean last;
      lock.lock();
      try {
        while (pending.isEmpty() && dropped == 0 && !closing) {
          if (quietPolls < QUIET_POLLS_BEFORE_WAITING) {
            quietPolls++;
            awaitPoll();
          } else {
            releaseBurstBuffers();
            drainerWaiting = true;
            work.awaitUninterruptibly();
            drainerWaiting = false;
          }
        }
        quietPolls = 0;
        batch = pending;
        pending = spare;
        spare = null;
        unreported += dropped;
        dropped = 0;
        // Closing and everything taken: what arrives from now on is written directly or refused.
        last = closing && batch.isEmpty();
        if (last) {
          accepting = false;
        }
        progress.signalAll();
      } finally {
        lock.unlock();
      }
      writeOut(batch, last);
      lock.lock();
      try {
        writtenBytes += batch.length;
        batch.clear(reuse.afterWriting(batch.bytes, batch.length));
        // A closed writer takes nothing more: a replaced subscriber kept a while keeps no buffer.
        spare = last ? new RecordBatch(0) : batch;
        if (last) {
          pending = spare;
        }
        progress.signalAll();
      } finally {
        lock.unlock();
      }
      if (last) {
        return;
      }
    }
  }

  /** The batch, then the drop notice if records were lost, then on the last round the footer. */
  private void writeOut(RecordBatch batch, boolean last) {
    if (!batch.isEmpty()) {
      unreported += batch.records - sink.write(batch.bytes, batch.length, batch.ends,
          batch.records);
    }
    if (unreported > 0 && writeRecord(notice(unreported))) {
      unreported = 0;
    }
    if (last && footer != null) {
      writeRecord(footer);
    }
    try {
      sink.flush();
    } catch (IOException | RuntimeException e) {
      FailureReporter.report("writing to " + output, e);
    }
  }

  private byte[] notice(long count) {
    try {
      return dropNotice.apply(count);
    } catch (RuntimeException e) {
      FailureReporter.report("the drop notice of " + output, e);
      return ("tracing4j: dropped " + count + " records\n").getBytes(StandardCharsets.UTF_8);
    }
  }

  private boolean writeRecord(byte[] record) {
    return sink.write(record, record.length, new int[] {record.length}, 1) == 1;
  }

  /** Before a quiet writer sleeps, it gives back what a burst of records made it allocate. */
  private void releaseBurstBuffers() {
    if (pending.bytes.length > INITIAL_BUFFER) {
      pending.clear(new byte[INITIAL_BUFFER]);
    }
    if (spare.bytes.length > INITIAL_BUFFER) {
      spare.clear(new byte[INITIAL_BUFFER]);
    }
  }

  /** Waits one poll interval, or less if flushed or closed meanwhile. Holds the lock. */
  private void awaitPoll() {
    try {
      work.awaitNanos(POLL_NANOS);
    } catch (InterruptedException e) {
      // Nobody interrupts this thread on purpose; look for work again.
    }
  }

  @Override
  public String toString() {
    return "OutputWriter[" + output + ", overflow " + overflow.name().toLowerCase(Locale.ROOT)
        + "]";
  }
}
