package dev.tracing4j.demo;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The shop of {@link Main}, kept open to be watched live with the console: a checkout every
 * quarter second, now and then a stocktake that holds a worker thread 150 ms (the console flags it
 * as blocking), and one refund whose bank never answers (after 10 s, flagged as idle and not
 * closed). Runs until stopped, or for the number of seconds given as its argument.
 *
 * <pre>
 * TRACING4J_SUBSCRIBER=console mvn -B -q -pl demo -am -DskipTests package exec:exec -Ddemo.main=dev.tracing4j.demo.LiveShop
 * </pre>
 */
public final class LiveShop {
  private static final Tracer log = Tracer.of(LiveShop.class);
  private static final List<String> CUSTOMERS = List.of("ada", "grace", "linus", "mallory", "barbara");
  private static final List<String> FRUIT = List.of("apple", "pear", "fig", "plum", "kiwi", "lime");

  private LiveShop() {}

  public static void main(String[] args) throws InterruptedException {
    Tracing.init();
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : Long.MAX_VALUE / 1_000_000_000L;
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService workers = Tracing.instrumented(Executors.newFixedThreadPool(2), "workers");
    CheckoutService shop = new InstrumentedCheckoutService(
        new InstrumentedInventory(workers), new InstrumentedPayments(40));
    refundThatNeverCompletes();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int round = 1; System.nanoTime() < end; round++) {
      List<String> items = FRUIT.subList(0, 1 + random.nextInt(3));
      shop.checkout(new Order("r-" + round, CUSTOMERS.get(round % CUSTOMERS.size()), items,
          100 + random.nextInt(900)));
      if (round % 12 == 0) {
        stocktake(workers, round);
      }
      Thread.sleep(250);
    }
    workers.shutdown();
  }

  /** Counts the shelves in one go, holding a worker thread longer than a task should. */
  private static void stocktake(ExecutorService workers, int round) {
    Span stocktake = log.span(Level.INFO, "stocktake").field("round", round).start();
    try (Scope scope = stocktake.enter()) {
      workers.execute(() -> {
        Work.busy(150);
        log.atInfo().field("shelves", 12L).log("counted");
      });
    } finally {
      stocktake.close();
    }
  }

  /** A refund that waits for a bank that never answers: its span stays open and idle. */
  private static void refundThatNeverCompletes() {
    Span refund = log.span(Level.INFO, "refund").field("request.id", "r-0").start();
    try (Scope scope = refund.enter()) {
      log.atInfo().field("customer", "mallory").log("refund asked; waiting for the bank");
    }
  }
}
