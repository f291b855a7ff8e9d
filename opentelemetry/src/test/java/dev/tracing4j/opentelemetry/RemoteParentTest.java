package dev.tracing4j.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.registry.TraceContext;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Remote parents (otel.parent, setParent) and the span's own trace context (traceparent, ids). */
class RemoteParentTest {

  private static final Tracer log = Tracer.of("com.shop.Server");
  private static final String CALLER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String CALLER_SPAN = "00f067aa0ba902b7";
  private final InMemoryOtel otel = new InMemoryOtel();

  @AfterEach
  void tearDown() {
    otel.close();
  }

  private static void run(Span span) {
    try (Scope scope = span.enter()) {
      // entered once
    }
    span.close();
  }

  private void assertContinuesTheCaller(String name) {
    io.opentelemetry.sdk.trace.data.SpanData span = otel.span(name);
    assertEquals(TRACE, span.getTraceId());
    assertEquals(CALLER_SPAN, span.getParentSpanId());
    assertTrue(span.getParentSpanContext().isRemote());
  }

  @Test
  void aTraceparentInOtelParentGivesTheSpanARemoteParent() {
    run(log.span(Level.INFO, "handle").field("otel.parent", CALLER).start());
    assertContinuesTheCaller("handle");
  }

  @Test
  void aContextInOtelParentGivesTheSpanItsSpanAsParent() {
    Context caller = RemoteParent.of(TraceParent.parse(CALLER));
    run(log.span(Level.INFO, "handle").field("otel.parent", caller).start());
    assertContinuesTheCaller("handle");
  }

  @Test
  void aSpanContextInOtelParentGivesTheSpanItAsParent() {
    SpanContext caller = SpanContext.createFromRemoteParent(TRACE, CALLER_SPAN,
        TraceFlags.getSampled(), TraceState.getDefault());
    run(log.span(Level.INFO, "handle").field("otel.parent", caller).start());
    assertContinuesTheCaller("handle");
  }

  @Test
  void anInstrumentedHandlerTakesItsCallersTraceparentFromAField() {
    String own = new InstrumentedPayments().handle(CALLER);
    assertContinuesTheCaller("handle");
    io.opentelemetry.sdk.trace.data.SpanData handle = otel.span("handle");
    assertEquals(io.opentelemetry.api.trace.SpanKind.SERVER, handle.getKind());
    assertEquals("00-" + TRACE + "-" + handle.getSpanId() + "-01", own);
  }

  @Test
  void anInvalidTraceparentInOtelParentStartsANewTraceEvenInsideAnotherSpan() {
    Span outer = log.span(Level.INFO, "outer").start();
    try (Scope scope = outer.enter()) {
      run(log.span(Level.INFO, "handle").field("otel.parent", "00-garbage").start());
    }
    outer.close();
    io.opentelemetry.sdk.trace.data.SpanData handle = otel.span("handle");
    assertFalse(handle.getParentSpanContext().isValid());
    assertNotEquals(otel.span("outer").getTraceId(), handle.getTraceId());
    assertTrue(handle.getSpanContext().isSampled(), "a new trace is sampled");
  }

  @Test
  void setParentBeforeTheFirstEnterGivesTheSpanARemoteParentAndExportsItOnce() {
    Span span = log.span(Level.INFO, "handle").field("rows", 3L).start();
    String before = ((SpanData) span.handle()).extension(TraceContext.KEY).traceId();
    OpenTelemetrySpans.setParent(span, CALLER);
    run(span);
    assertEquals(1, otel.spans().size(), otel.spans()::toString);
    assertContinuesTheCaller("handle");
    assertEquals(3L, otel.span("handle").getAttributes()
        .get(io.opentelemetry.api.common.AttributeKey.longKey("rows")));
    assertNotEquals(TRACE, before);
    assertEquals(new TraceContext(TRACE, otel.span("handle").getSpanId()),
        ((SpanData) span.handle()).extension(TraceContext.KEY));
  }

  @Test
  void setParentKeepsTheStartTimeOfTheSpan() throws InterruptedException {
    long before = System.currentTimeMillis() * 1_000_000L;
    Span span = log.span(Level.INFO, "handle").start();
    Thread.sleep(30);
    OpenTelemetrySpans.setParent(span, CALLER);
    run(span);
    long start = otel.span("handle").getStartEpochNanos();
    assertTrue(start - before < 25_000_000L, "started " + (start - before) + " ns after creation");
  }

  @Test
  void setParentAfterTheSpanWasEnteredChangesNothing() {
    Span span = log.span(Level.INFO, "handle").start();
    try (Scope scope = span.enter()) {
      OpenTelemetrySpans.setParent(span, CALLER);
    }
    span.close();
    assertFalse(otel.span("handle").getParentSpanContext().isValid());
  }

  @Test
  void setParentAfterAChildWasCreatedChangesNothing() {
    Span span = log.span(Level.INFO, "handle").start();
    Span child = log.span(Level.INFO, "child").parent(span).start();
    OpenTelemetrySpans.setParent(span, Context.root().with(
        io.opentelemetry.api.trace.Span.wrap(TraceParent.parse(CALLER))));
    run(child);
    run(span);
    assertFalse(otel.span("handle").getParentSpanContext().isValid());
    assertEquals(otel.span("handle").getSpanId(), otel.span("child").getParentSpanId());
  }

  @Test
  void setParentWithAnInvalidHeaderMakesTheSpanTheRootOfANewTrace() {
    io.opentelemetry.api.trace.Span request = otel.otelTracer().spanBuilder("request").startSpan();
    Span span;
    try (io.opentelemetry.context.Scope scope = request.makeCurrent()) {
      span = log.span(Level.INFO, "handle").start();
    }
    OpenTelemetrySpans.setParent(span, "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01");
    run(span);
    request.end();
    assertFalse(otel.span("handle").getParentSpanContext().isValid());
    assertNotEquals(otel.span("request").getTraceId(), otel.span("handle").getTraceId());
  }

  @Test
  void setParentWithNullNeverThrows() {
    Span span = log.span(Level.INFO, "handle").start();
    OpenTelemetrySpans.setParent(span, (String) null);
    OpenTelemetrySpans.setParent(span, (Context) null);
    OpenTelemetrySpans.setParent(Span.none(), CALLER);
    OpenTelemetrySpans.setParent(null, CALLER);
    run(span);
    assertFalse(otel.span("handle").getParentSpanContext().isValid());
  }

  @Test
  void traceparentTraceIdAndSpanIdNameTheExportedSpan() {
    Span span = log.span(Level.INFO, "place").start();
    String traceparent = OpenTelemetrySpans.traceparent(span);
    String traceId = OpenTelemetrySpans.traceId(span);
    String spanId = OpenTelemetrySpans.spanId(span);
    run(span);
    io.opentelemetry.sdk.trace.data.SpanData exported = otel.span("place");
    assertEquals("00-" + exported.getTraceId() + "-" + exported.getSpanId() + "-01", traceparent);
    assertEquals(exported.getTraceId(), traceId);
    assertEquals(exported.getSpanId(), spanId);
    assertTrue(traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), traceparent);
  }

  @Test
  void contextOfASpanIsItsOpenTelemetrySpanInItsParentsContext() {
    Span span = log.span(Level.INFO, "place").start();
    Context context = OpenTelemetrySpans.context(span);
    try (io.opentelemetry.context.Scope scope = context.makeCurrent()) {
      otel.otelTracer().spanBuilder("library").startSpan().end();
    }
    run(span);
    assertEquals(otel.span("place").getSpanId(), otel.span("library").getParentSpanId());
  }

  @Test
  void aDisabledSpanAnswersWithTheCurrentOpenTelemetryContext() {
    assertNull(OpenTelemetrySpans.traceparent(Span.none()));
    assertNull(OpenTelemetrySpans.traceId(Span.current()));
    io.opentelemetry.api.trace.Span request = otel.otelTracer().spanBuilder("request").startSpan();
    try (io.opentelemetry.context.Scope scope = request.makeCurrent()) {
      assertEquals(request.getSpanContext().getSpanId(), OpenTelemetrySpans.spanId(Span.none()));
    }
    request.end();
  }

  @Test
  void aSpanFilteredOutOfTheLayerAnswersWithItsNearestExportedAncestor() {
    // Another layer records the debug span, so it exists while the otel layer skips it.
    try (InMemoryOtel infoOnly = new InMemoryOtel("info", otel -> List.of(new Layer() { }))) {
      Span root = log.span(Level.INFO, "root").start();
      Span debug = log.span(Level.DEBUG, "debug").parent(root).start();
      assertFalse(debug.isDisabled());
      assertEquals(OpenTelemetrySpans.spanId(root), OpenTelemetrySpans.spanId(debug));
      debug.close();
      root.close();
      assertEquals(infoOnly.span("root").getSpanId(), OpenTelemetrySpans.spanId(debug));
    }
  }
}
