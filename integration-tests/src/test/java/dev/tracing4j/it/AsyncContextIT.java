package dev.tracing4j.it;

import static dev.tracing4j.test.TracingAssertions.assertThat;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.it.async.InstrumentedWarehouse;
import dev.tracing4j.it.async.Warehouse;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.test.RecordedEvent;
import dev.tracing4j.test.RecordedSpan;
import dev.tracing4j.test.RecordedTrace;
import dev.tracing4j.test.TracingExtension;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Continuations of instrumented async methods run inside the method's span. */
@ExtendWith(TracingExtension.class)
class AsyncContextIT {

  private static final long MS = 1_000_000;
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final Warehouse warehouse = new InstrumentedWarehouse(pool, 100);

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, SECONDS));
  }

  /** Where the span's close stands among everything the test recorded. */
  private static long closedAt(RecordedSpan span) {
    return span.lifecycle().get(span.lifecycle().size() - 1).sequence();
  }

  @Test
  void continuationEventsCarryTheMethodsSpanAndCloseComesAfterTheLast(RecordedTrace trace)
      throws Exception {
    assertEquals(10, warehouse.restock("sku-1").get(10, SECONDS));
    RecordedSpan restock = trace.span("restock");
    List<RecordedEvent> events = restock.events();
    assertEquals(List.of("scheduling", "counting", "ordering"),
        events.stream().map(RecordedEvent::message).toList());
    assertTrue(events.get(1).thread().startsWith("pool-"), "counted on the pool");
    assertThat(restock).isClosed().closedAfterEverythingInside();
  }

  @Test
  void busyCountsTheContinuationsAndIdleTheWaitBetweenThem(RecordedTrace trace)
      throws Exception {
    warehouse.restock("sku-1").get(10, SECONDS);
    RecordedSpan restock = trace.span("restock");
    assertTrue(restock.busyNanos() >= 60 * MS, "two 30 ms steps: " + restock.busyNanos());
    // The delay starts while the first step's task is still inside the span: on a loaded
    // machine a few of its milliseconds count as busy, the rest of the wait as idle.
    assertTrue(restock.idleNanos() >= 80 * MS,
        "most of a 100 ms delay between them: " + restock.idleNanos());
  }

  @Test
  void chainingOnAnInstrumentedFutureInsideAMethodRunsInThatMethodsSpan(RecordedTrace trace)
      throws Exception {
    assertEquals("sku-2 x10", warehouse.pick("sku-2").get(10, SECONDS));
    assertThat(trace).hasRoots("pick").span("restock").hasParent("pick").isClosed();
    RecordedSpan pick = trace.span("pick");
    assertThat(pick).hasEvent(Level.INFO, "picked").closedAfterEverythingInside()
        .event(Level.INFO, "").hasField("return", "sku-2 x10");
    assertTrue(closedAt(trace.span("restock")) < pick.events().get(0).sequence(),
        "the chained callback runs after restock closed");
  }

  @Test
  void callbacksTheCallerRegistersRunInTheCallersSpan(RecordedTrace trace) throws Exception {
    Tracer log = Tracer.of("caller");
    Span caller = log.span(Level.INFO, "caller").start();
    CompletableFuture<Void> done;
    try (Scope scope = caller.enter()) {
      done = warehouse.restock("sku-3")
          .thenAccept(count -> log.atInfo().log("got " + count))
          .thenRunAsync(() -> log.atInfo().log("after"), pool);
    }
    done.get(10, SECONDS);
    caller.close();
    assertEquals(List.of("got 10", "after"),
        trace.span("caller").events().stream().map(RecordedEvent::message).toList());
    assertThat(trace).span("caller").hasChildren("restock");
  }

  @Test
  void aThrowingContinuationClosesTheSpanOnceWithTheError(RecordedTrace trace) {
    CompletableFuture<String> broken = warehouse.broken("sku-4");
    CompletionException failure = assertThrows(CompletionException.class, broken::join);
    assertEquals("no shelf for sku-4", failure.getCause().getMessage());
    assertThat(trace).span("broken").isClosed()
        .event(Level.ERROR, "")
        .hasField("error", "java.lang.IllegalStateException: no shelf for sku-4");
  }

  @Test
  void cancellingTheReturnedFutureClosesTheSpanOnce(RecordedTrace trace) throws Exception {
    CompletableFuture<Integer> restock = warehouse.restock("sku-5");
    assertTrue(restock.cancel(true));
    // The first step may still be running inside the span: it closes when that step exits it.
    RecordedSpan closed = trace.awaitClosed("restock");
    MILLISECONDS.sleep(200); // the continuations still run on the pool; nothing closes again
    assertEquals(closed.lifecycle(), trace.span("restock").lifecycle());
  }
}
