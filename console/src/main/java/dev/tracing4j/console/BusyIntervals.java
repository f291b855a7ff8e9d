package dev.tracing4j.console;

import java.util.ArrayList;
import java.util.List;

/**
 * The latest busy intervals of one span, for its timeline: at most {@link #CAPACITY}, the oldest
 * replaced first, so a span entered a million times holds as little as one entered once.
 */
final class BusyIntervals {
  static final int CAPACITY = 16;

  /** One period during which the span was entered, on the thread that entered it. */
  record Interval(long startNanos, long endNanos, String thread) {}

  private Interval[] ring; // allocated at the first interval: most spans are entered once
  private Interval first;
  private long added;

  synchronized void add(long start, long end, String thread) {
    Interval interval = new Interval(start, end, thread);
    if (added == 0) {
      first = interval;
    } else {
      if (ring == null) {
        ring = new Interval[CAPACITY];
        ring[0] = first;
      }
      ring[(int) (added % CAPACITY)] = interval;
    }
    added++;
  }

  /** The kept intervals, oldest first. */
  synchronized List<Interval> list() {
    List<Interval> list = new ArrayList<>();
    if (ring == null) {
      if (first != null) {
        list.add(first);
      }
      return list;
    }
    long from = Math.max(0, added - CAPACITY);
    for (long i = from; i < added; i++) {
      list.add(ring[(int) (i % CAPACITY)]);
    }
    return list;
  }

  /** How many intervals were recorded, kept or not. */
  synchronized long count() {
    return added;
  }
}
