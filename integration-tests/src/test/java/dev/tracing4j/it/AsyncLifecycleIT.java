package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.tracing4j.test.TracingAssertions.assertThat;

import dev.tracing4j.Level;
import dev.tracing4j.it.shop.InstrumentedPaymentGateway;
import dev.tracing4j.it.shop.PaymentGateway;
import dev.tracing4j.test.RecordedEvent;
import dev.tracing4j.test.RecordedSpan;
import dev.tracing4j.test.RecordedTrace;
import dev.tracing4j.test.TracingExtension;
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
import org.junit.jupiter.api.extension.ExtendWith;

/** The span of an async method stays open until its future completes, and closes exactly once. */
@ExtendWith(TracingExtension.class)
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

  /** How many times subscribers saw the span close. */
  private static long closes(RecordedSpan span) {
    return span.lifecycle().stream().filter(step -> step.phase() == RecordedSpan.Phase.CLOSE)
        .count();
  }

  @Test
  void theSpanClosesWhenTheFutureCompletesOnAnotherThread(RecordedTrace trace) throws Exception {
    CompletableFuture<String> charged = gateway.charge(100);
    Thread.sleep(50);
    assertThat(trace).span("charge").isOpen().hasEvent(Level.INFO, "charging");

    release.countDown();
    assertEquals("charged:100", charged.get(10, TimeUnit.SECONDS));
    RecordedSpan charge = trace.span("charge");
    assertEquals(1, closes(charge), "closed before the returned future completed");
    List<RecordedEvent> events = charge.events();
    assertEquals("charging", events.get(0).message(), "the body runs inside the span");
    assertEquals(Map.of("return", "charged:100"), events.get(1).fields());
    assertThat(charge).closedAfterEverythingInside();
  }

  @Test
  void anExceptionalCompletionIsRecordedAsAnErrorAndClosesOnce(RecordedTrace trace)
      throws Exception {
    CompletableFuture<String> charged = gateway.charge(-1);
    release.countDown();
    CompletionException failure = assertThrows(CompletionException.class, charged::join);
    assertEquals(IllegalArgumentException.class, failure.getCause().getClass());
    RecordedSpan charge = trace.span("charge");
    assertEquals(1, closes(charge));
    assertThat(charge.events().get(1)).hasLevel(Level.ERROR)
        .hasField("error", "java.lang.IllegalArgumentException: negative amount -1");
    assertEquals(Map.of("error", "java.lang.IllegalArgumentException: negative amount -1"),
        charge.events().get(1).fields());
  }

  @Test
  void cancellingTheReturnedFutureCancelsTheOriginalAndClosesOnce(RecordedTrace trace) {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> returned = gateway.pending(source);
    assertTrue(returned.cancel(true));
    assertTrue(source.isCancelled(), "the original future is cancelled too");
    assertTrue(returned.isCancelled());
    source.complete("too late");
    RecordedSpan pending = trace.span("pending");
    assertEquals(1, closes(pending));
    List<RecordedEvent> events = pending.events();
    assertEquals(1, events.size(), events.toString());
    assertTrue(events.get(0).fields().get("error").toString()
        .startsWith(CancellationException.class.getName()), events.toString());
  }

  @Test
  void cancellingTheOriginalClosesTheSpan(RecordedTrace trace) {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> returned = gateway.pending(source);
    source.cancel(false);
    assertTrue(returned.isCompletedExceptionally());
    assertThrows(CancellationException.class, returned::join);
    assertEquals(1, closes(trace.span("pending")));
  }

  @Test
  void completingTheReturnedFutureCompletesTheOriginalAsCompletingTheOriginalWould(
      RecordedTrace trace) {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> returned = gateway.pending(source);
    assertTrue(returned.complete("by hand"));
    assertEquals("by hand", source.join());
    assertEquals("by hand", returned.join());
    RecordedSpan pending = trace.span("pending");
    assertEquals(1, closes(pending));
    assertEquals(Map.of("return", "by hand"), pending.events().get(0).fields());
  }

  @Test
  void aSynchronousThrowPassesThroughAndClosesOnce(RecordedTrace trace) {
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> gateway.rejectSynchronously(5));
    assertEquals("gateway down", thrown.getMessage());
    RecordedSpan reject = trace.span("rejectSynchronously");
    assertEquals(1, closes(reject));
    assertEquals(Map.of("error", "java.lang.IllegalStateException: gateway down"),
        reject.events().get(0).fields());
  }

  @Test
  void aCompletionStageIsTracedToo(RecordedTrace trace) throws Exception {
    release.countDown();
    assertEquals(5, gateway.refund(5).toCompletableFuture().get(10, TimeUnit.SECONDS));
    RecordedSpan refund = trace.span("refund");
    assertEquals(1, closes(refund));
    assertEquals(Map.of("return", 5L), refund.events().get(0).fields());
  }

  @Test
  void aSubtypeIsReturnedAsIsAndTheSpanClosesWhenItCompletes(RecordedTrace trace) {
    PaymentGateway.Hold hold = gateway.hold(7);
    assertThat(trace).span("hold").isOpen();
    hold.complete("held");
    RecordedSpan span = trace.awaitClosed("hold");
    assertEquals(1, closes(span));
    assertEquals(Map.of("return", "held"), span.events().get(0).fields());
  }

  @Test
  void aNullFutureClosesTheSpanAtOnce(RecordedTrace trace) {
    assertNull(gateway.nothing());
    assertEquals(1, closes(trace.span("nothing")));
  }

  @Test
  void theReturnedFutureIsACompletableFutureOfTheDeclaredType() {
    release.countDown();
    CompletableFuture<String> charged = gateway.charge(1);
    assertSame(charged, charged.toCompletableFuture());
    assertEquals("charged:1", charged.join());
  }
}
