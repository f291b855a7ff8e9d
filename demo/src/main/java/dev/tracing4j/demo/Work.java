package dev.tracing4j.demo;

import java.util.concurrent.TimeUnit;

/** Simulated CPU work, so that busy time is real work and not a sleep. */
final class Work {
  private Work() {}

  static void busy(long millis) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }
}
