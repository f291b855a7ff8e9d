package dev.tracing4j.it.programs;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;

/**
 * Writes as many numbered events as the first argument says, from four threads, inside spans,
 * and returns from main at once: the output must still hold every one of them.
 */
public final class BulkEventsProgram {
  private static final Tracer log = Tracer.of("bulk");

  public static void main(String[] args) throws InterruptedException {
    int events = Integer.parseInt(args[0]);
    int threads = 4;
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int worker = t;
      workers[t] = new Thread(() -> {
        Span span = log.span(Level.INFO, "worker").field("worker", worker).start();
        try (Scope scope = span.enter()) {
          for (int i = worker; i < events; i += threads) {
            log.atInfo().field("seq", i).field("payload", "x".repeat(i % 100)).log("event");
          }
        }
        span.close();
      }, "bulk-" + t);
      workers[t].start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
  }
}
