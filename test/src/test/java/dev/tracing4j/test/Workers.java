package dev.tracing4j.test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Pools whose threads have names that tests can assert. */
final class Workers {
  private Workers() {}

  /** {@code threads} platform threads named {@code name-1}, {@code name-2}... */
  static ExecutorService named(String name, int threads) {
    AtomicInteger next = new AtomicInteger();
    return Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, name + "-" + next.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  static void stop(ExecutorService pool) throws InterruptedException {
    pool.shutdown();
    if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
      throw new AssertionError("pool did not stop: " + pool);
    }
  }
}
