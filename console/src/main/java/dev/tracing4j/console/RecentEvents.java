package dev.tracing4j.console;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.spi.FieldValues;
import java.util.ArrayList;
import java.util.List;

/**
 * The latest events that happened inside one listed task or span's subtree, at most {@link
 * #CAPACITY}. Fields are copied (the caller reuses its list) and turned into text only when the
 * page asks.
 */
final class RecentEvents {
  static final int CAPACITY = 32;

  /** One event as the details view shows it. */
  record RecordedEvent(long nanos, Level level, String target, String thread, long spanId,
      String spanName, FieldValues fields) {}

  private RecordedEvent[] ring; // allocated at the first event: many tasks log nothing
  private long added;

  synchronized void add(RecordedEvent event) {
    if (ring == null) {
      ring = new RecordedEvent[CAPACITY];
    }
    ring[(int) (added % CAPACITY)] = event;
    added++;
  }

  /** The kept events, oldest first. */
  synchronized List<RecordedEvent> list() {
    List<RecordedEvent> list = new ArrayList<>();
    for (long i = Math.max(0, added - CAPACITY); i < added; i++) {
      list.add(ring[(int) (i % CAPACITY)]);
    }
    return list;
  }

  /** How many events were recorded, kept or not. */
  synchronized long count() {
    return added;
  }
}
