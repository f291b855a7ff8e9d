package dev.tracing4j.runtime.registry;

/**
 * The ids under which a distributed tracing system knows a span, kept by the layer that exports
 * it (such as {@code otel}) in the span's extensions under {@link #KEY}, so that the other layers
 * of the same registry can write them beside their records: json writes {@code "trace_id"} and
 * {@code "span_id"} of the innermost span that has them.
 *
 * <pre>{@code
 * public void onNewSpan(SpanData span, Context ctx) {
 *   SpanContext exported = start(span);
 *   span.putExtension(TraceContext.KEY, new TraceContext(exported.getTraceId(), exported.getSpanId()));
 * }
 * }</pre>
 *
 * @param traceId the trace id, lower-case hex (32 digits for W3C trace context)
 * @param spanId the span id, lower-case hex (16 digits for W3C trace context)
 */
public record TraceContext(String traceId, String spanId) {

  /** Where an exporting layer keeps a span's trace context. */
  public static final ExtensionKey<TraceContext> KEY = new ExtensionKey<>("trace context");

  /** The trace context of {@code span} or of its nearest ancestor that has one, or {@code null}. */
  public static TraceContext of(SpanData span) {
    for (SpanData current = span; current != null; current = current.parent()) {
      TraceContext context = current.extension(KEY);
      if (context != null) {
        return context;
      }
    }
    return null;
  }
}
