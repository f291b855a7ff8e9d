package dev.tracing4j.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** While a tracing4j span is entered, its OpenTelemetry span is the current context. */
class CurrentContextTest {

  private static final Tracer log = Tracer.of("com.shop.OrderService");
  private final InMemoryOtel otel = new InMemoryOtel();

  @AfterEach
  void tearDown() {
    otel.close();
  }

  private static SpanContext current() {
    return io.opentelemetry.api.trace.Span.current().getSpanContext();
  }

  @Test
  void theEnteredSpanIsCurrentAndTheContextIsRestoredOnExit() {
    Context before = Context.current();
    Span span = log.span(Level.INFO, "place").start();
    SpanContext inside;
    try (Scope scope = span.enter()) {
      inside = current();
    }
    assertSame(before, Context.current());
    span.close();
    assertEquals(otel.span("place").getSpanContext(), inside);
  }

  @Test
  void aLibraryInstrumentedWithOpenTelemetryNestsUnderTheEnteredSpan() {
    Span span = log.span(Level.INFO, "place").start();
    try (Scope scope = span.enter()) {
      otel.otelTracer().spanBuilder("SELECT orders").startSpan().end();
    }
    span.close();
    assertEquals(otel.span("place").getSpanId(), otel.span("SELECT orders").getParentSpanId());
  }

  @Test
  void spansExitedOutOfOrderLeaveTheRightContextCurrent() {
    Context before = Context.current();
    Span outer = log.span(Level.INFO, "outer").start();
    Span inner = log.span(Level.INFO, "inner").parent(Span.none()).start();
    Scope outerScope = outer.enter();
    Scope innerScope = inner.enter();
    outerScope.close(); // out of order: inner stays entered
    SpanContext afterOuterExit = current();
    innerScope.close();
    assertSame(before, Context.current());
    outer.close();
    inner.close();
    assertEquals(otel.span("inner").getSpanContext(), afterOuterExit);
  }

  @Test
  void aSpanReenteredInsideItsChildLeavesTheChildCurrentUntilItExits() {
    Span parent = log.span(Level.INFO, "parent").start();
    SpanContext inReentered;
    SpanContext afterReentry;
    try (Scope p = parent.enter()) {
      Span child = log.span(Level.INFO, "child").start();
      try (Scope c = child.enter()) {
        try (Scope again = parent.enter()) {
          inReentered = current();
        }
        afterReentry = current();
      }
      child.close();
    }
    parent.close();
    assertEquals(otel.span("parent").getSpanContext(), inReentered);
    assertEquals(otel.span("child").getSpanContext(), afterReentry);
  }

  @Test
  void aTaskPropagatedToAnotherThreadRunsInTheSpansContext() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      ExecutorService propagating = Tracing.propagating(pool);
      Span span = log.span(Level.INFO, "place").start();
      Future<SpanContext> seen;
      try (Scope scope = span.enter()) {
        seen = propagating.submit(CurrentContextTest::current);
      }
      SpanContext onPool = seen.get(10, TimeUnit.SECONDS);
      assertFalse(pool.submit(() -> current().isValid()).get(10, TimeUnit.SECONDS),
          "the pool thread's context was not restored");
      span.close();
      assertEquals(otel.span("place").getSpanContext(), onPool);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anAsyncMethodsSpanEndsWhenItsFutureCompletesOnAnotherThread() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (AutoCloseable global = otel.global()) {
      Payments payments = new InstrumentedPayments();
      assertEquals(7L, payments.chargeLater(7, pool).get(10, TimeUnit.SECONDS));
      SpanData span = otel.span("chargeLater");
      assertEquals(List.of("event"), span.getEvents().stream().map(e -> e.getName()).toList());
      assertEquals(7L, span.getEvents().get(0).getAttributes()
          .get(io.opentelemetry.api.common.AttributeKey.longKey("return")));

      var failed = payments.chargeLater(-1, pool);
      assertTrue(failed.handle((v, e) -> e).get(10, TimeUnit.SECONDS) != null);
      SpanData failure = otel.spans().get(1);
      assertEquals("chargeLater", failure.getName());
      assertEquals("exception", failure.getEvents().get(0).getName());
      assertEquals("java.lang.IllegalArgumentException", failure.getEvents().get(0)
          .getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey("exception.type")));
      assertEquals(io.opentelemetry.api.trace.StatusCode.ERROR,
          failure.getStatus().getStatusCode());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oneSpanEnteredOnManyThreadsAtOnceKeepsEachThreadsContextStraight() throws Exception {
    int threads = 8;
    int rounds = 2_000;
    // Spans are created on the pool's threads too: the registry is every thread's default.
    AutoCloseable global = otel.global();
    Span shared = log.span(Level.INFO, "shared").start();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          start.await();
          int wrong = 0;
          for (int i = 0; i < rounds; i++) {
            Context before = Context.current();
            try (Scope outer = shared.enter()) {
              SpanContext sharedContext = current();
              Span own = log.span(Level.INFO, "own").parent(shared).start();
              try (Scope inner = own.enter()) {
                if (!current().getTraceId().equals(sharedContext.getTraceId())
                    || current().equals(sharedContext)) {
                  wrong++;
                }
              }
              own.close();
              if (!current().equals(sharedContext)) {
                wrong++;
              }
            }
            if (Context.current() != before) {
              wrong++;
            }
          }
          return wrong;
        }));
      }
      start.countDown();
      for (Future<Integer> result : results) {
        assertEquals(0, result.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
      shared.close();
      global.close();
    }
    List<SpanData> spans = otel.spans();
    assertEquals(threads * rounds + 1, spans.size());
    String sharedId = otel.span("shared").getSpanId();
    assertTrue(spans.stream().filter(s -> s.getName().equals("own"))
        .allMatch(s -> s.getParentSpanId().equals(sharedId)));
  }
}
