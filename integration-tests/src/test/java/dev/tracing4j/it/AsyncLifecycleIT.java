package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.it.Trace.RecordedEvent;
import dev.tracing4j.it.Trace.RecordedSpan;
import dev.tracing4j.it.shop.InstrumentedPaymentGateway;
import dev.tracing4j.it.shop.PaymentGateway;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The span of an async method stays open until its future completes, and closes exactly once. */
class AsyncLifecycleIT {

  private final CountDownLatch release = new CountDownLatch(1);
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  /** Work waits for {@link #release}, so the tests decide when futures complete. */
  private final PaymentGateway gateway = new InstrumentedPaymentGateway(task -> pool.execute(() -> {
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    task.run();
  }));

  @AfterEach
  void stop() throws InterruptedException {
    release.countDown();
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
  }

  @Test
  void theSpanClosesWhenTheFutureCompletesOnAnotherThread() throws Exception {
    Trace trace = Trace.start();
    CompletableFuture<String> charged = gateway.charge(100);
    RecordedSpan charge = trace.span("charge");
    Thread.sleep(50);
    assertEquals(0, charge.closes(), "open while the payment is pending");

    release.countDown();
    assertEquals("charged:100", charged.get(10, TimeUnit.SECONDS));
    assertEquals(1, charge.closes(), "closed before the returned future completed");
    List<RecordedEvent> events = trace.eventsIn(charge);
    assertEquals("charging", events.get(0).message(), "the body runs inside the span");
    assertEquals(Map.of("return", "charged:100"), events.get(1).fields());
    assertTrue(events.get(1).sequence() < charge.closedAt(), "return is recorded before close");
  }

  @Test
  void anExceptionalCompletionIsRecordedAsAnErrorAndClosesOnce() throws Exception {
    Trace trace = Trace.start();
    CompletableFuture<String> charged = gateway.charge(-1);
    release.countDown();
    CompletionException failure = assertThrows(CompletionException.class, charged::join);
    assertEquals(IllegalArgumentException.class, failure.getCause().getClass());
    RecordedSpan charge = trace.span("charge");
    assertEquals(1, charge.closes());
    RecordedEvent error = trace.eventsIn(charge).get(1);
    assertEquals(Level.ERROR, error.level());
    assertEquals(Map.of("error", "java.lang.IllegalArgumentException: negative amount -1"),
        error.fields());
  }

  @Test
  void cancellingTheReturnedFutureCancelsTheOriginalAndClosesOnce() throws Exception {
    Trace trace = Trace.start();
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> returned = gateway.pending(source);
    assertTrue(returned.cancel(true));
    assertTrue(source.isCancelled(), "the original future is cancelled too");
    assertTrue(returned.isCancelled());
    source.complete("too late");
    RecordedSpan pending = trace.span("pending");
    assertEquals(1, pending.closes());
    List<RecordedEvent> events = trace.eventsIn(pending);
    assertEquals(1, events.size(), events.toString());
    assertTrue(events.get(0).fields().get("error").toString()
        .startsWith(CancellationException.class.getName()), events.toString());
  }

  @Test
  void cancellingTheOriginalClosesTheSpan() {
    Trace trace = Trace.start();
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> returned = gateway.pending(source);
    source.cancel(false);
    assertTrue(returned.isCompletedExceptionally());
    assertThrows(CancellationException.class, returned::join);
    assertEquals(1, trace.span("pending").closes());
  }

  @Test
  void completingTheReturnedFutureCompletesTheOriginalAsCompletingTheOriginalWould() {
    Trace trace = Trace.start();
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> returned = gateway.pending(source);
    assertTrue(returned.complete("by hand"));
    assertEquals("by hand", source.join());
    assertEquals("by hand", returned.join());
    RecordedSpan pending = trace.span("pending");
    assertEquals(1, pending.closes());
    assertEquals(Map.of("return", "by hand"), trace.eventsIn(pending).get(0).fields());
  }

  @Test
  void aSynchronousThrowPassesThroughAndClosesOnce() {
    Trace trace = Trace.start();
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> gateway.rejectSynchronously(5));
    assertEquals("gateway down", thrown.getMessage());
    RecordedSpan reject = trace.span("rejectSynchronously");
    assertEquals(1, reject.closes());
    assertEquals(Map.of("error", "java.lang.IllegalStateException: gateway down"),
        trace.eventsIn(reject).get(0).fields());
  }

  @Test
  void aCompletionStageIsTracedToo() throws Exception {
    Trace trace = Trace.start();
    release.countDown();
    assertEquals(5, gateway.refund(5).toCompletableFuture().get(10, TimeUnit.SECONDS));
    RecordedSpan refund = trace.span("refund");
    assertEquals(1, refund.closes());
    assertEquals(Map.of("return", 5L), trace.eventsIn(refund).get(0).fields());
  }

  @Test
  void aSubtypeIsReturnedAsIsAndTheSpanClosesWhenItCompletes() throws Exception {
    Trace trace = Trace.start();
    PaymentGateway.Hold hold = gateway.hold(7);
    RecordedSpan span = trace.span("hold");
    assertEquals(0, span.closes());
    hold.complete("held");
    trace.awaitClosed(span);
    assertEquals(1, span.closes());
    assertEquals(Map.of("return", "held"), trace.eventsIn(span).get(0).fields());
  }

  @Test
  void aNullFutureClosesTheSpanAtOnce() {
    Trace trace = Trace.start();
    assertNull(gateway.nothing());
    assertEquals(1, trace.span("nothing").closes());
  }

  @Test
  void theReturnedFutureIsACompletableFutureOfTheDeclaredType() {
    Trace.start();
    release.countDown();
    CompletableFuture<String> charged = gateway.charge(1);
    assertSame(charged, charged.toCompletableFuture());
    assertEquals("charged:1", charged.join());
  }
}
