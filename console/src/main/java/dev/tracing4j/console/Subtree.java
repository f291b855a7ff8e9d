package dev.tracing4j.console;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;

/**
 * The spans under one listed task or root span, down to the next listed one (a task it spawned is
 * here, its own spans are in the task's subtree). At most {@link #CAPACITY}: past it the oldest
 * closed span makes room, since an open one is where the work is stuck; when all are open, the new
 * one is only counted.
 */
final class Subtree {
  static final int CAPACITY = 256;

  private final ArrayDeque<SpanRecord> spans = new ArrayDeque<>(4);
  private long dropped;

  synchronized void add(SpanRecord span) {
    if (spans.size() == CAPACITY && !evictOldestClosed()) {
      dropped++;
      return;
    }
    spans.addLast(span);
  }

  private boolean evictOldestClosed() {
    for (Iterator<SpanRecord> it = spans.iterator(); it.hasNext(); ) {
      if (it.next().isClosed()) {
        it.remove();
        dropped++;
        return true;
      }
    }
    return false;
  }

  /** The kept spans in creation order. */
  synchronized List<SpanRecord> list() {
    return List.copyOf(spans);
  }

  /** How many spans were left out or made room. */
  synchronized long dropped() {
    return dropped;
  }
}
