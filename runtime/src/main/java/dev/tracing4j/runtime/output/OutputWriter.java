package dev.tracing4j.runtime.output;

import dev.tracing4j.runtime.internal.FailureReporter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
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
 * Overflow#DROP}). A record is never split: concurrent writers never interleave mid-record.
 *
 * <p>{@link #close()} writes out everything accepted before it, so the last record is not lost on
 * a normal exit; the subscriber installed by configuration closes its writers in a shutdown hook.
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
  private final OutputStream out;
  private final int capacity;
  private final Overflow overflow;
  private final LongFunction<byte[]> dropNotice;
  private final Thread drainer;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition work = lock.newCondition();
  private final Condition progress = lock.newCondition();
  // Guarded by lock.
  private byte[] pending = new byte[INITIAL_BUFFER];
  private int pendingLength;
  private long appendedBytes;
  private long writtenBytes;
  private long dropped;
  private boolean drainerWaiting;
  private boolean closing;
  private boolean closed;
  // Owned by the drainer thread.
  private byte[] spare = new byte[INITIAL_BUFFER];
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

  private OutputWriter(Output output, OutputStream out, Options options) {
    this.output = output;
    this.out = out;
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
   * @throws UncheckedIOException when the destination cannot be opened
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
   * the policy is {@link Overflow#BLOCK}. After {@link #close()}, records for the standard streams
   * are written directly and records for other destinations are discarded.
   */
  public void write(byte[] record, int offset, int length) {
    lock.lock();
    try {
      while (pendingLength > 0 && pendingLength + length > capacity && !closed) {
        if (overflow == Overflow.DROP || Thread.currentThread() == drainer) {
          dropped++;
          return;
        }
        progress.awaitUninterruptibly();
      }
      if (closed) {
        writeAfterClose(record, offset, length);
        return;
      }
      if (pendingLength + length > pending.length) {
        pending = Arrays.copyOf(pending, Math.max(pendingLength + length, pending.length * 2));
      }
      System.arraycopy(record, offset, pending, pendingLength, length);
      pendingLength += length;
      appendedBytes += length;
      if (drainerWaiting) {
        drainerWaiting = false; // one signal per wait is enough
        work.signal();
      }
    } finally {
      lock.unlock();
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

  /** Writes out everything accepted, stops the background thread and closes a file destination. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (closing) {
        return;
      }
      closing = true;
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
      closed = true;
      progress.signalAll();
      if (output.closeWithWriter()) {
        out.close();
      } else {
        out.flush();
      }
    } catch (IOException e) {
      FailureReporter.report("closing output " + output, e);
    } finally {
      lock.unlock();
    }
  }

  /** How many records were dropped and not yet reported; for tests. */
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
      return pending.length + spare.length;
    } finally {
      lock.unlock();
    }
  }

  private void writeAfterClose(byte[] record, int offset, int length) {
    if (output.closeWithWriter()) {
      return;
    }
    try {
      out.write(record, offset, length);
      out.flush();
    } catch (IOException e) {
      FailureReporter.report("writing to " + output + " after close", e);
    }
  }

  private void drain() {
    int quietPolls = 0;
    while (true) {
      byte[] batch;
      int length;
      long droppedCount;
      lock.lock();
      try {
        while (pendingLength == 0 && dropped == 0 && !closing) {
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
        if (pendingLength == 0 && dropped == 0) {
          // Closing and everything is out: later records take the after-close path.
          closed = true;
          progress.signalAll();
          return;
        }
        batch = pending;
        length = pendingLength;
        droppedCount = dropped;
        pending = spare;
        pendingLength = 0;
        dropped = 0;
        progress.signalAll();
      } finally {
        lock.unlock();
      }
      writeBatch(batch, length, droppedCount);
      lock.lock();
      try {
        writtenBytes += length;
        spare = reuse.afterWriting(batch, length);
        progress.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  /** Before a quiet writer sleeps, it gives back what a burst of records made it allocate. */
  private void releaseBurstBuffers() {
    if (pending.length > INITIAL_BUFFER) {
      pending = new byte[INITIAL_BUFFER];
    }
    if (spare.length > INITIAL_BUFFER) {
      spare = new byte[INITIAL_BUFFER];
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

  private void writeBatch(byte[] batch, int length, long droppedCount) {
    try {
      out.write(batch, 0, length);
      if (droppedCount > 0) {
        out.write(dropNotice.apply(droppedCount));
      }
      out.flush();
    } catch (IOException | RuntimeException e) {
      FailureReporter.report("writing to " + output, e);
    }
  }

  @Override
  public String toString() {
    return "OutputWriter[" + output + ", overflow " + overflow.name().toLowerCase(Locale.ROOT)
        + "]";
  }
}
