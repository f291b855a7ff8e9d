package dev.tracing4j.opentelemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;

/**
 * The parent that {@code otel.parent} or {@code OpenTelemetrySpans.setParent} names: a W3C {@code
 * traceparent} string, an OpenTelemetry {@link Context} or a {@link SpanContext}. Anything that
 * does not name a valid span context, {@code null} included, starts a new trace.
 */
final class RemoteParent {

  private RemoteParent() {}

  /** The parent context for {@code value}, or {@code null} for a value of no accepted type. */
  static Context of(Object value) {
    if (value == null) {
      return Context.root();
    }
    if (value instanceof String traceparent) {
      return of(TraceParent.parse(traceparent));
    }
    if (value instanceof Context context) {
      return context;
    }
    if (value instanceof SpanContext spanContext) {
      return of(spanContext);
    }
    return null;
  }

  static Context of(SpanContext spanContext) {
    return spanContext == null || !spanContext.isValid()
        ? Context.root() : Context.root().with(Span.wrap(spanContext));
  }
}
