package dev.tracing4j.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How events, errors and statuses inside a span reach its OpenTelemetry span. */
class EventMappingTest {

  private static final Tracer log = Tracer.of("com.shop.OrderService");
  private final InMemoryOtel otel = new InMemoryOtel();

  @AfterEach
  void tearDown() {
    otel.close();
  }

  private SpanData inSpan(Runnable body) {
    return inSpan(log.span(Level.INFO, "place").start(), body);
  }

  private SpanData inSpan(Span span, Runnable body) {
    try (Scope scope = span.enter()) {
      body.run();
    }
    span.close();
    return otel.span(span.metadata().name());
  }

  @Test
  void eventsBecomeSpanEventsNamedByTheirMessageWithFieldsLevelAndTarget() {
    SpanData span = inSpan(() -> log.atInfo().field("order.id", 42L).field("ok", true)
        .field("ratio", 0.5).field("who", "ada").log("placed"));
    EventData event = span.getEvents().get(0);
    assertEquals("placed", event.getName());
    assertEquals(Map.of("order.id", 42L, "ok", true, "ratio", 0.5, "who", "ada",
        "level", "INFO", "target", "com.shop.OrderService"),
        SpanMappingTest.asMap(event.getAttributes()));
  }

  @Test
  void anEventWithoutAMessageIsNamedEvent() {
    SpanData span = inSpan(() -> log.atDebug().field("rows", 3L).log());
    assertEquals("event", span.getEvents().get(0).getName());
    assertEquals("DEBUG", span.getEvents().get(0).getAttributes().get(AttributeKey.stringKey("level")));
  }

  @Test
  void eventsKeepTheirOrderAndSpanStatusStaysUnsetWithoutErrors() {
    SpanData span = inSpan(() -> {
      log.atInfo().log("one");
      log.atWarn().log("two");
    });
    assertEquals(List.of("one", "two"), span.getEvents().stream().map(EventData::getName).toList());
    assertEquals(StatusData.unset(), span.getStatus());
  }

  @Test
  void eventsOutsideAnySpanAreNotExported() {
    log.atInfo().log("alone");
    assertTrue(otel.spans().isEmpty());
  }

  @Test
  void anErrorEventSetsTheSpansStatusToErrorDescribedByItsMessage() {
    SpanData span = inSpan(() -> log.atError().field("code", 503L).log("upstream down"));
    assertEquals(StatusData.create(StatusCode.ERROR, "upstream down"), span.getStatus());
    assertEquals("upstream down", span.getEvents().get(0).getName());
  }

  @Test
  void theErrorOfAnInstrumentedMethodBecomesAnExceptionEvent() {
    assertThrows(IllegalStateException.class, () -> new InstrumentedPayments().charge(-5));
    SpanData span = otel.span("charge");
    EventData exception = span.getEvents().get(0);
    assertEquals("exception", exception.getName());
    assertEquals("java.lang.IllegalStateException",
        exception.getAttributes().get(AttributeKey.stringKey("exception.type")));
    assertEquals("negative amount -5",
        exception.getAttributes().get(AttributeKey.stringKey("exception.message")));
    String stacktrace = exception.getAttributes().get(AttributeKey.stringKey("exception.stacktrace"));
    assertTrue(stacktrace.startsWith("java.lang.IllegalStateException: negative amount -5"),
        stacktrace);
    assertTrue(stacktrace.contains("at dev.tracing4j.opentelemetry.Payments.charge("), stacktrace);
    assertEquals(null, exception.getAttributes().get(AttributeKey.stringKey("error")));
    assertEquals("ERROR", exception.getAttributes().get(AttributeKey.stringKey("level")));
    assertEquals(StatusData.create(StatusCode.ERROR,
        "java.lang.IllegalStateException: negative amount -5"), span.getStatus());
  }

  @Test
  void anErrorFieldOfAnOrdinaryEventStaysAnAttribute() {
    SpanData span = inSpan(() -> log.atError().field("error", "timeout").log("gave up"));
    EventData event = span.getEvents().get(0);
    assertEquals("gave up", event.getName());
    assertEquals("timeout", event.getAttributes().get(AttributeKey.stringKey("error")));
    assertEquals(StatusData.create(StatusCode.ERROR, "timeout"), span.getStatus());
  }

  @Test
  void otelStatusCodeOkSetsTheStatus() {
    SpanData span = inSpan(log.span(Level.INFO, "place").field("otel.status_code", "ok").start(),
        () -> { });
    assertEquals(StatusCode.OK, span.getStatus().getStatusCode());
  }

  @Test
  void otelStatusCodeErrorWithADescriptionSetsBoth() {
    Span declared = log.span(Level.INFO, "place").field("otel.status_code")
        .field("otel.status_description").start();
    SpanData span = inSpan(declared, () -> Span.current()
        .record("otel.status_code", "ERROR").record("otel.status_description", "card declined"));
    assertEquals(StatusData.create(StatusCode.ERROR, "card declined"), span.getStatus());
  }

  @Test
  void anExplicitOkStatusWinsOverAnErrorEvent() {
    SpanData span = inSpan(log.span(Level.INFO, "place").field("otel.status_code", "ok").start(),
        () -> log.atError().log("retried and recovered"));
    assertEquals(StatusCode.OK, span.getStatus().getStatusCode());
  }

  @Test
  void followsFromBecomesALinkToTheCausesSpan() {
    Span request = log.span(Level.INFO, "request").start();
    request.close();
    Span flush = log.span(Level.INFO, "flush").start();
    flush.followsFrom(request);
    flush.close();
    SpanData flushed = otel.span("flush");
    assertEquals(1, flushed.getLinks().size());
    assertEquals(otel.span("request").getSpanContext(), flushed.getLinks().get(0).getSpanContext());
    assertTrue(!flushed.getParentSpanContext().isValid(), "a link is not a parent");
  }
}
