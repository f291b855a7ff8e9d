package dev.tracing4j.console;

/**
 * Hands each aggregation's {@link Snapshot} to the threads streaming {@code /api/updates}: they
 * wait here for the next one, and are woken, with {@code null}, when the console stops.
 */
final class Updates {
  private Snapshot latest;
  private boolean closed;

  synchronized void publish(Snapshot snapshot) {
    latest = snapshot;
    notifyAll();
  }

  /** The latest snapshot, waiting up to {@code timeoutMillis} for the first; {@code null} if none. */
  synchronized Snapshot latest(long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (latest == null && !closed) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return null;
      }
      wait(left);
    }
    return closed ? null : latest;
  }

  /**
   * The first snapshot newer than {@code seq}, waiting up to {@code timeoutMillis}: the latest one
   * when it is still {@code seq} by then, and {@code null} once the console stopped.
   */
  synchronized Snapshot after(long seq, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (!closed && (latest == null || latest.seq() <= seq)) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        break;
      }
      wait(left);
    }
    return closed ? null : latest;
  }

  synchronized void close() {
    closed = true;
    notifyAll();
  }
}
