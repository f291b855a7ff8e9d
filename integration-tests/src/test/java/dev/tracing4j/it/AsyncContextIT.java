package dev.tracing4j.it;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.it.Trace.RecordedEvent;
import dev.tracing4j.it.Trace.RecordedSpan;
import dev.tracing4j.it.async.InstrumentedWarehouse;
import dev.tracing4j.it.async.Warehouse;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.registry.Timing;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Continuations of instrumented async methods run inside the method's span. */
class AsyncContextIT {

  private static final long MS = 1_000_000;
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final Warehouse warehouse = new InstrumentedWarehouse(pool, 100);

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, SECONDS));
  }

  @Test
  void continuationEventsCarryTheMethodsSpanAndCloseComesAfterTheLast() throws Exception {
    Trace trace = Trace.start();
    assertEquals(10, warehouse.restock("sku-1").get(10, SECONDS));
    RecordedSpan restock = trace.span("restock");
    List<RecordedEvent> events = trace.eventsIn(restock);
    assertEquals(List.of("scheduling", "counting", "ordering"),
        events.stream().map(RecordedEvent::message).toList());
    assertTrue(events.get(1).thread().startsWith("pool-"), "counted on the pool");
    assertTrue(events.get(2).sequence() < restock.closedAt(), "closed after the last continuation");
    assertEquals(1, restock.closes());
  }

  @Test
  void busyCountsTheContinuationsAndIdleTheWaitBetweenThem() throws Exception {
    Trace trace = Trace.start();
    warehouse.restock("sku-1").get(10, SECONDS);
    Timing timing = trace.span("restock").data.timing();
    assertTrue(timing.busyNanos() >= 60 * MS, "two 30 ms steps: " + timing);
    // The delay starts while the first step's task is still inside the span: on a loaded
    // machine a few of its milliseconds count as busy, the rest of the wait as idle.
    assertTrue(timing.idleNanos() >= 80 * MS, "most of a 100 ms delay between them: " + timing);
  }

  @Test
  void chainingOnAnInstrumentedFutureInsideAMethodRunsInThatMethodsSpan() throws Exception {
    Trace trace = Trace.start();
    assertEquals("sku-2 x10", warehouse.pick("sku-2").get(10, SECONDS));
    RecordedSpan pick = trace.span("pick");
    RecordedSpan restock = trace.span("restock");
    assertEquals(pick.id, restock.parentId);
    List<RecordedEvent> pickEvents = trace.eventsIn(pick);
    assertEquals("picked", pickEvents.get(0).message());
    assertEquals(Map.of("return", "sku-2 x10"), pickEvents.get(1).fields());
    assertTrue(restock.closedAt() < pickEvents.get(0).sequence());
    assertTrue(pickEvents.get(1).sequence() < pick.closedAt());
  }

  @Test
  void callbacksTheCallerRegistersRunInTheCallersSpan() throws Exception {
    Trace trace = Trace.start();
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
    List<RecordedEvent> events = trace.eventsIn(trace.span("caller"));
    assertEquals(List.of("got 10", "after"), events.stream().map(RecordedEvent::message).toList());
  }

  @Test
  void aThrowingContinuationClosesTheSpanOnceWithTheError() throws Exception {
    Trace trace = Trace.start();
    CompletableFuture<String> broken = warehouse.broken("sku-4");
    CompletionException failure = assertThrows(CompletionException.class, broken::join);
    assertEquals("no shelf for sku-4", failure.getCause().getMessage());
    RecordedSpan span = trace.span("broken");
    assertEquals(1, span.closes());
    assertEquals(Map.of("error", "java.lang.IllegalStateException: no shelf for sku-4"),
        trace.eventsIn(span).get(0).fields());
  }

  @Test
  void cancellingTheReturnedFutureClosesTheSpanOnce() throws Exception {
    Trace trace = Trace.start();
    CompletableFuture<Integer> restock = warehouse.restock("sku-5");
    assertTrue(restock.cancel(true));
    RecordedSpan span = trace.span("restock");
    // The first step may still be running inside the span: it closes when that step exits it.
    long deadline = System.nanoTime() + SECONDS.toNanos(10);
    while (span.closes() == 0 && System.nanoTime() < deadline) {
      MILLISECONDS.sleep(5);
    }
    assertEquals(1, span.closes());
    MILLISECONDS.sleep(200); // the continuations still run on the pool; nothing closes again
    assertEquals(1, span.closes());
  }
}
