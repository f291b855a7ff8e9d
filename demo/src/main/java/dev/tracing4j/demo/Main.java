package dev.tracing4j.demo;

import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small shop handling three checkouts at once on two worker threads. Their work interleaves,
 * yet every line names the request it belongs to, and every span reports on close how long it
 * was busy and how long it waited.
 */
public final class Main {
  private static final Tracer log = Tracer.of(Main.class);

  public static void main(String[] args) {
    // Show busy/idle on close unless told otherwise (try TRACING4J_SPAN_EVENTS=full).
    if (isBlank(System.getProperty("tracing4j.span_events"))
        && isBlank(System.getenv("TRACING4J_SPAN_EVENTS"))) {
      System.setProperty("tracing4j.span_events", "close");
    }
    Tracing.init();

    ExecutorService workers = Tracing.instrumented(Executors.newFixedThreadPool(2), "workers");
    CheckoutService shop = new InstrumentedCheckoutService(
        new InstrumentedInventory(workers), new InstrumentedPayments(20));
    List<Order> orders = List.of(
        new Order("r-1", "ada", List.of("apple", "pear"), 450),
        new Order("r-2", "grace", List.of("fig"), 120),
        new Order("r-3", "mallory", List.of("plum", "kiwi", "lime"), 999));

    List<CompletableFuture<String>> receipts = orders.stream().map(shop::checkout).toList();
    long handled = receipts.stream().map(receipt -> receipt.handle((r, e) -> e == null))
        .map(CompletableFuture::join).filter(ok -> ok).count();
    workers.shutdown();
    log.atInfo().field("ok", handled).field("failed", orders.size() - handled).log("all done");
  }

  /** As in tracing4j's configuration, a blank setting counts as unset. */
  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
