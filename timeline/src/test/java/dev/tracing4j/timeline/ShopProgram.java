package dev.tracing4j.timeline;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.DefaultGuard;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.registry.Registry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A small traced program for the page tests: three checkouts, each reserving items on a pool of
 * two workers and then charging a card, with events of every level. It creates {@link #SPANS}
 * spans: per checkout one {@code checkout}, one {@code reserve}, one {@code task} and one
 * {@code charge}.
 */
final class ShopProgram {
  static final String[] REQUESTS = {"r-1", "r-2", "r-3"};
  static final List<String> SPAN_NAMES = List.of("checkout", "reserve", "task", "charge");
  static final int SPANS = REQUESTS.length * SPAN_NAMES.size();

  private static final Tracer log = Tracer.of("shop.Checkout");

  private ShopProgram() {}

  /** Runs the program, tracing to {@code registry}. */
  static void run(Registry registry) throws Exception {
    ExecutorService workers = Tracing.instrumented(
        Executors.newFixedThreadPool(2, new ScopedThreads(registry, "worker")), "workers");
    try (DefaultGuard guard = Tracing.setDefault(registry)) {
      List<Span> checkouts = new ArrayList<>();
      List<Future<?>> reservations = new ArrayList<>();
      for (String id : REQUESTS) {
        Span checkout = log.span(Level.INFO, "checkout").field("request.id", id)
            .field("customer", "customer-" + id).start();
        checkouts.add(checkout);
        try (Scope scope = checkout.enter()) {
          log.atDebug().log("checking out");
          Span reserve = log.span(Level.INFO, "reserve").field("items", 2L).start();
          try (Scope inner = reserve.enter()) {
            reservations.add(workers.submit(() -> {
              sleep(4);
              log.atInfo().field("sku", "apple").log("reserved");
              sleep(2);
            }));
          }
          reserve.close();
        }
      }
      for (Future<?> reservation : reservations) {
        reservation.get(10, TimeUnit.SECONDS);
      }
      for (int i = 0; i < checkouts.size(); i++) {
        try (Scope scope = checkouts.get(i).enter()) {
          Span charge = log.span(Level.INFO, "charge").field("cents", 100L * (i + 1)).start();
          try (Scope inner = charge.enter()) {
            sleep(3);
            if (i == 2) {
              log.atWarn().log("bank slow");
              log.atError().field("error", "card declined").log("charge failed");
            }
          }
          charge.close();
        }
        checkouts.get(i).close();
      }
      log.atInfo().field("ok", 2L).log("all done");
    } finally {
      workers.shutdown();
      workers.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private static void sleep(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
