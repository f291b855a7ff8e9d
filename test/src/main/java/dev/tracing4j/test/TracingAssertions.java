package dev.tracing4j.test;

/**
 * Where assertions about a trace start. They read like the domain, and a failure shows the
 * recorded tree, so the test's report says what happened instead:
 *
 * <pre>{@code
 * import static dev.tracing4j.test.TracingAssertions.assertThat;
 *
 * assertThat(trace).span("place").hasField("order.id", 42L).hasParent("handle").isClosed();
 * }</pre>
 *
 * <pre>
 * expected span place{order.id=41} to have field order.id=42 (Long), but it has order.id=41 (Long)
 * recorded 2 spans and 1 event:
 *   handle{request.id="r-1"} (closed)
 *     place{order.id=41} (closed)
 *        INFO com.shop.OrderService: placed ok=true
 * </pre>
 *
 * <p>The names do not clash with AssertJ's {@code assertThat}: both can be imported, and Java
 * picks these for traces, spans and events.
 */
public final class TracingAssertions {

  private TracingAssertions() {}

  /** Assertions about what the test had recorded up to now. */
  public static TraceAssert assertThat(RecordedTrace trace) {
    return new TraceAssert(trace.snapshot());
  }

  /** Assertions about one span, as it was recorded when it was queried. */
  public static SpanAssert assertThat(RecordedSpan span) {
    return new SpanAssert(span);
  }

  /** Assertions about one event. */
  public static EventAssert assertThat(RecordedEvent event) {
    return new EventAssert(event);
  }
}
