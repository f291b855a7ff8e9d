package dev.tracing4j.console;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A program whose tasks are in known states, for the API and browser tests. Inside one root span
 * {@code request}, which stays open and idle:
 *
 * <ul>
 *   <li>on the executor {@code blocking}, one task that holds its thread 200 ms, with a child span
 *       {@code crunch} and an event {@code crunched}: done, with the blocking warning;
 *   <li>on the executor {@code single} (one thread), one task waiting for {@link #release}:
 *       running; and one queued behind it: scheduled;
 *   <li>a span {@code await-payment} entered once and left open: idle.
 * </ul>
 */
final class KnownProgram implements AutoCloseable {
  static final Tracer log = Tracer.of(KnownProgram.class);
  final CountDownLatch release = new CountDownLatch(1);
  final CountDownLatch blockedDone = new CountDownLatch(1);
  final CountDownLatch waiterStarted = new CountDownLatch(1);
  private final ExecutorService blocking =
      Tracing.instrumented(Executors.newSingleThreadExecutor(), "blocking");
  private final ExecutorService single =
      Tracing.instrumented(Executors.newSingleThreadExecutor(), "single");
  Span request;
  Span awaitPayment;

  KnownProgram start() throws InterruptedException {
    request = log.span(Level.INFO, "request").field("request.id", "r-1").start();
    try (Scope entered = request.enter()) {
      blocking.execute(() -> {
        Span crunch = log.span(Level.INFO, "crunch").field("rows", 3L).start();
        try (Scope inside = crunch.enter()) {
          busy(200);
          log.atInfo().field("rows", 3L).log("crunched");
        } finally {
          crunch.close();
          blockedDone.countDown();
        }
      });
      single.execute(() -> {
        waiterStarted.countDown();
        await(release);
      });
      single.execute(() -> log.atInfo().log("second ran"));
      awaitPayment = log.span(Level.INFO, "await-payment").field("customer", "ada").start();
      awaitPayment.enter().close();
    }
    blockedDone.await(5, TimeUnit.SECONDS);
    waiterStarted.await(5, TimeUnit.SECONDS);
    return this;
  }

  static void busy(long millis) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    release.countDown();
    blocking.shutdown();
    single.shutdown();
    single.awaitTermination(5, TimeUnit.SECONDS);
    blocking.awaitTermination(5, TimeUnit.SECONDS);
    if (awaitPayment != null) {
      awaitPayment.close();
    }
    if (request != null) {
      request.close();
    }
  }
}
