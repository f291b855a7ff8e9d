package dev.tracing4j.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.registry.Layer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a tracing4j span becomes an OpenTelemetry span: name, kind, parent, attributes, timing. */
class SpanMappingTest {

  private static final Tracer log = Tracer.of("com.shop.OrderService");
  private final InMemoryOtel otel = new InMemoryOtel();

  @AfterEach
  void tearDown() {
    otel.close();
  }

  private static void run(Span span) {
    try (Scope scope = span.enter()) {
      // entered and exited once
    }
    span.close();
  }

  @Test
  void spanIsNamedAfterTheTracing4jSpanAndEndsWhenItCloses() {
    Span span = log.span(Level.INFO, "place").start();
    try (Scope scope = span.enter()) {
      assertTrue(otel.spans().isEmpty(), "exported before it closed: " + otel.spans());
    }
    span.close();
    SpanData exported = otel.span("place");
    assertTrue(exported.hasEnded());
    assertEquals(SpanKind.INTERNAL, exported.getKind());
    assertEquals("dev.tracing4j", exported.getInstrumentationScopeInfo().getName());
  }

  @Test
  void otelNameFieldNamesTheSpan() {
    run(log.span(Level.INFO, "handle").field("otel.name", "GET /orders/{id}").start());
    assertEquals("GET /orders/{id}", otel.spans().get(0).getName());
  }

  @Test
  void otelNameRecordedLaterRenamesTheSpan() {
    Span span = log.span(Level.INFO, "handle").field("otel.name").start();
    try (Scope scope = span.enter()) {
      Span.current().record("otel.name", "POST /orders");
    }
    span.close();
    assertEquals("POST /orders", otel.spans().get(0).getName());
  }

  @Test
  void otelKindFieldSetsTheKindIgnoringCase() {
    run(log.span(Level.INFO, "a").field("otel.kind", "server").start());
    run(log.span(Level.INFO, "b").field("otel.kind", "Client").start());
    run(log.span(Level.INFO, "c").field("otel.kind", "producer").start());
    run(log.span(Level.INFO, "d").field("otel.kind", "consumer").start());
    run(log.span(Level.INFO, "e").field("otel.kind", "internal").start());
    assertEquals(List.of(SpanKind.SERVER, SpanKind.CLIENT, SpanKind.PRODUCER, SpanKind.CONSUMER,
        SpanKind.INTERNAL), otel.spans().stream().map(SpanData::getKind).toList());
  }

  @Test
  void anUnknownKindGivesAnInternalSpan() {
    run(log.span(Level.INFO, "a").field("otel.kind", "sideways").start());
    assertEquals(SpanKind.INTERNAL, otel.span("a").getKind());
  }

  @Test
  void childSpansHaveTheirTracing4jParentsSpanAsParent() {
    Span root = log.span(Level.INFO, "root").start();
    try (Scope r = root.enter()) {
      Span child = log.span(Level.INFO, "child").start();
      try (Scope c = child.enter()) {
        run(log.span(Level.INFO, "grandchild").start());
      }
      child.close();
    }
    root.close();
    SpanData rootSpan = otel.span("root");
    SpanData child = otel.span("child");
    SpanData grandchild = otel.span("grandchild");
    assertFalse(rootSpan.getParentSpanContext().isValid());
    assertEquals(rootSpan.getSpanId(), child.getParentSpanId());
    assertEquals(child.getSpanId(), grandchild.getParentSpanId());
    assertEquals(rootSpan.getTraceId(), grandchild.getTraceId());
  }

  @Test
  void anExplicitTracing4jParentIsTheParentEvenWhenAnotherSpanIsEntered() {
    Span batch = log.span(Level.INFO, "batch").start();
    Span other = log.span(Level.INFO, "other").start();
    try (Scope o = other.enter()) {
      run(log.span(Level.INFO, "item").parent(batch).start());
    }
    other.close();
    batch.close();
    assertEquals(otel.span("batch").getSpanId(), otel.span("item").getParentSpanId());
  }

  @Test
  void aRootSpanNestsUnderTheOpenTelemetrySpanCurrentAtItsCreation() {
    io.opentelemetry.api.trace.Span request = otel.otelTracer().spanBuilder("request").startSpan();
    Span span;
    try (io.opentelemetry.context.Scope scope = request.makeCurrent()) {
      span = log.span(Level.INFO, "place").start();
    }
    run(span);
    request.end();
    assertEquals(otel.span("request").getSpanId(), otel.span("place").getParentSpanId());
    assertEquals(otel.span("request").getTraceId(), otel.span("place").getTraceId());
  }

  @Test
  void aSpanFilteredOutOfTheLayerIsSkippedAndItsChildrenNestUnderTheNearestExportedAncestor() {
    // Another layer records the debug span, so it exists while the otel layer skips it.
    try (InMemoryOtel infoOnly = new InMemoryOtel("info", otel -> List.of(new Layer() { }))) {
      Span root = log.span(Level.INFO, "root").start();
      try (Scope r = root.enter()) {
        Span debug = log.span(Level.DEBUG, "debug").start();
        assertFalse(debug.isDisabled());
        try (Scope d = debug.enter()) {
          run(log.span(Level.INFO, "leaf").start());
        }
        debug.close();
      }
      root.close();
      assertEquals(List.of("leaf", "root"),
          infoOnly.spans().stream().map(SpanData::getName).toList());
      assertEquals(infoOnly.span("root").getSpanId(), infoOnly.span("leaf").getParentSpanId());
    }
  }

  @Test
  void fieldsBecomeAttributesWithTheirTypes() {
    Object order = new Object() {
      @Override
      public String toString() {
        return "Order#7";
      }
    };
    run(log.span(Level.INFO, "place")
        .field("order.id", 42L).field("count", 3).field("ratio", 0.25).field("express", true)
        .field("customer", "ada").field("order", order).field("note", (String) null)
        .start());
    Attributes attributes = otel.span("place").getAttributes();
    assertEquals(42L, attributes.get(AttributeKey.longKey("order.id")));
    assertEquals(3L, attributes.get(AttributeKey.longKey("count")));
    assertEquals(0.25, attributes.get(AttributeKey.doubleKey("ratio")));
    assertEquals(true, attributes.get(AttributeKey.booleanKey("express")));
    assertEquals("ada", attributes.get(AttributeKey.stringKey("customer")));
    assertEquals("Order#7", attributes.get(AttributeKey.stringKey("order")));
    assertFalse(names(attributes).contains("note"), "a null value sets no attribute");
  }

  @Test
  void fieldsRecordedLaterBecomeAttributes() {
    Span span = log.span(Level.INFO, "load").field("rows").start();
    try (Scope scope = span.enter()) {
      Span.current().record("rows", 17L).record("cached", false);
    }
    span.close();
    Attributes attributes = otel.span("load").getAttributes();
    assertEquals(17L, attributes.get(AttributeKey.longKey("rows")));
    assertEquals(false, attributes.get(AttributeKey.booleanKey("cached")));
  }

  @Test
  void otelFieldsAreDirectivesNotAttributes() {
    run(log.span(Level.INFO, "handle").field("otel.kind", "server").field("otel.name", "GET /")
        .field("otel.status_code", "ok").field("otel.whatever", 1L).field("id", 5L).start());
    assertTrue(names(otel.spans().get(0).getAttributes()).stream()
        .noneMatch(name -> name.startsWith("otel.")), otel.spans().get(0).getAttributes()::toString);
  }

  @Test
  void everySpanCarriesItsTargetThreadAndSourceLocation() {
    run(log.span(Level.INFO, "place").start());
    Attributes attributes = otel.span("place").getAttributes();
    assertEquals("com.shop.OrderService", attributes.get(AttributeKey.stringKey("code.namespace")));
    assertEquals(Thread.currentThread().getName(),
        attributes.get(AttributeKey.stringKey("thread.name")));
    assertNull(attributes.get(AttributeKey.stringKey("code.filepath")),
        "a span built at run time has no source location");

    new InstrumentedPayments().charge(5);
    Attributes charge = otel.span("charge").getAttributes();
    assertEquals("dev.tracing4j.opentelemetry.Payments",
        charge.get(AttributeKey.stringKey("code.namespace")));
    assertEquals("Payments.java", charge.get(AttributeKey.stringKey("code.filepath")));
    assertEquals(5L, charge.get(AttributeKey.longKey("amount")));
    assertTrue(charge.get(AttributeKey.longKey("code.lineno")) > 0, charge::toString);
  }

  @Test
  void busyAndIdleTimeAreIntegerNanoseconds() throws InterruptedException {
    Span span = log.span(Level.INFO, "work").start();
    try (Scope scope = span.enter()) {
      Thread.sleep(20);
    }
    Thread.sleep(20);
    span.close();
    SpanData exported = otel.span("work");
    long busy = exported.getAttributes().get(AttributeKey.longKey("busy_ns"));
    long idle = exported.getAttributes().get(AttributeKey.longKey("idle_ns"));
    assertTrue(busy >= 20_000_000L, "busy " + busy);
    assertTrue(idle >= 20_000_000L, "idle " + idle);
    long duration = exported.getEndEpochNanos() - exported.getStartEpochNanos();
    assertTrue(duration >= busy + idle - 1_000_000L, duration + " < " + busy + " + " + idle);
  }

  @Test
  void aCallsiteFilteredOutOfEveryLayerExportsNothing() {
    try (InMemoryOtel warnOnly = new InMemoryOtel("warn")) {
      Span span = log.span(Level.INFO, "quiet").start();
      assertTrue(span.isDisabled());
      run(span);
      assertTrue(warnOnly.spans().isEmpty());
    }
  }

  static List<String> names(Attributes attributes) {
    return attributes.asMap().keySet().stream().map(AttributeKey::getKey).sorted().toList();
  }

  static Map<String, Object> asMap(Attributes attributes) {
    return attributes.asMap().entrySet().stream()
        .collect(Collectors.toMap(e -> e.getKey().getKey(), Map.Entry::getValue));
  }
}
