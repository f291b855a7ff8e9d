package dev.tracing4j.it.programs;

import dev.tracing4j.it.async.InstrumentedSlowService;
import dev.tracing4j.runtime.Tracing;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Calls {@code slow} once on a propagating pool of one thread; prints what configuration says. */
public final class SlowFutureProgram {
  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(1);
    try {
      System.out.println(new InstrumentedSlowService().slow(Tracing.propagating(pool)).get());
    } finally {
      pool.shutdown();
    }
  }
}
