package dev.tracing4j.console;

import java.time.Instant;

/** Turns {@link System#nanoTime()} readings into wall-clock time, from one reading of both. */
final class Clock {
  private final long anchorNanos;
  private final long anchorEpochMicros;

  Clock() {
    Instant now = Instant.now();
    this.anchorNanos = System.nanoTime();
    this.anchorEpochMicros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
  }

  long epochMicros(long nanoTime) {
    return anchorEpochMicros + Math.floorDiv(nanoTime - anchorNanos, 1_000);
  }
}
