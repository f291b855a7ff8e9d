package dev.tracing4j.runtime.chrome;

import java.util.Arrays;

/** The spans one thread is inside, with when it entered each; innermost last. */
final class EnteredIntervals {
  private long[] spanIds = new long[8];
  private long[] since = new long[8];
  private int size;

  void push(long spanId, long nanos) {
    if (size == spanIds.length) {
      spanIds = Arrays.copyOf(spanIds, size * 2);
      since = Arrays.copyOf(since, size * 2);
    }
    spanIds[size] = spanId;
    since[size] = nanos;
    size++;
  }

  /** Removes the innermost entry of {@code spanId}; returns when it was entered, or -1. */
  long pop(long spanId) {
    for (int i = size - 1; i >= 0; i--) {
      if (spanIds[i] == spanId) {
        long entered = since[i];
        System.arraycopy(spanIds, i + 1, spanIds, i, size - i - 1);
        System.arraycopy(since, i + 1, since, i, size - i - 1);
        size--;
        return entered;
      }
    }
    return -1;
  }
}
