package dev.tracing4j.it.programs;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Threads trace without pause until another thread calls {@code System.exit(0)}, as a service
 * stopped by an admin endpoint does: records keep arriving while the JVM shuts down. The first
 * argument is how many events to wait for before exiting.
 */
public final class ExitWhileTracingProgram {
  private static final Tracer log = Tracer.of("exit.worker");
  private static final AtomicLong EVENTS = new AtomicLong();
  /** Formatting a long value widens the time between a layer's check and its write. */
  private static final String PAYLOAD = "x".repeat(2_000);

  public static void main(String[] args) {
    long before = Long.parseLong(args[0]);
    for (int t = 0; t < 8; t++) {
      int worker = t;
      new Thread(() -> work(worker), "worker-" + t).start();
    }
    new Thread(() -> {
      while (EVENTS.get() < before) {
        Thread.onSpinWait();
      }
      System.exit(0);
    }, "exiter").start();
  }

  private static void work(int worker) {
    for (long i = 0; ; i++) {
      Span span = log.span(Level.INFO, "step").field("worker", worker).start();
      try (Scope scope = span.enter()) {
        log.atInfo().field("seq", i).field("payload", PAYLOAD).log("tick");
      }
      span.close();
      EVENTS.incrementAndGet();
    }
  }
}
