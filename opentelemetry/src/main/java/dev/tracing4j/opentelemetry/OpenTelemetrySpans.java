package dev.tracing4j.opentelemetry;

import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.registry.SpanData;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;

/**
 * The OpenTelemetry side of tracing4j spans: their context, their W3C {@code traceparent}, and a
 * remote parent for a span that continues a trace begun in another process.
 *
 * <pre>{@code
 * // the client: send the current span's context along
 * request.header("traceparent", OpenTelemetrySpans.traceparent(Span.current()));
 *
 * // the server: continue the caller's trace
 * Span handle = log.span(Level.INFO, "handle").field("otel.kind", "server").start();
 * OpenTelemetrySpans.setParent(handle, exchange.getRequestHeaders().getFirst("traceparent"));
 * try (Scope scope = handle.enter()) { ... }
 * }</pre>
 *
 * <p>A span that no {@link OpenTelemetryLayer} mirrors (a disabled span, or one filtered out of
 * the layer) answers with its nearest mirrored ancestor, and without one with the OpenTelemetry
 * context current on the calling thread. These methods never throw on a bad header: an invalid
 * {@code traceparent} starts a new trace.
 */
public final class OpenTelemetrySpans {

  private OpenTelemetrySpans() {}

  /**
   * The OpenTelemetry context of {@code span}: its OpenTelemetry span within its parent's
   * context. Code given this context nests under the span.
   *
   * <pre>{@code
   * try (io.opentelemetry.context.Scope s = OpenTelemetrySpans.context(span).makeCurrent()) { ... }
   * }</pre>
   */
  public static Context context(Span span) {
    MirroredSpan mirrored = MirroredSpan.nearest(data(span));
    return mirrored != null ? mirrored.context() : Context.current();
  }

  /**
   * Gives {@code span} a remote parent, such as a caller's context extracted by an OpenTelemetry
   * propagator. It takes effect before the span is first entered and before it has children; later
   * the span keeps its parent and the call is reported once on stderr. An invalid or {@code null}
   * context makes the span the root of a new trace.
   *
   * <pre>{@code
   * Context caller = propagator.extract(Context.root(), request, getter);
   * OpenTelemetrySpans.setParent(span, caller);
   * }</pre>
   */
  public static void setParent(Span span, Context parent) {
    MirroredSpan mirrored = own(span);
    if (mirrored != null) {
      mirrored.reparentOrReport(parent == null ? Context.root() : parent);
    }
  }

  /**
   * Gives {@code span} the remote parent named by a W3C {@code traceparent} header value, as
   * {@link #setParent(Span, Context)} does. An invalid header (wrong length or separators,
   * version {@code ff}, upper-case or non-hex digits, an all-zero id) or {@code null} makes the
   * span the root of a new trace; it never throws.
   *
   * <pre>{@code
   * OpenTelemetrySpans.setParent(span, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
   * }</pre>
   */
  public static void setParent(Span span, String traceparent) {
    MirroredSpan mirrored = own(span);
    if (mirrored != null) {
      mirrored.reparentOrReport(RemoteParent.of(TraceParent.parse(traceparent)));
    }
  }

  /**
   * The W3C {@code traceparent} header value of {@code span}, {@code
   * 00-<32 hex>-<16 hex>-<2 hex>}, to send to the next process; {@code null} when there is no
   * valid OpenTelemetry span to name (see the class documentation).
   *
   * <pre>{@code
   * String header = OpenTelemetrySpans.traceparent(Span.current());
   * if (header != null) request.setHeader("traceparent", header);
   * }</pre>
   */
  public static String traceparent(Span span) {
    return TraceParent.format(spanContext(span));
  }

  /** The lower-case hex trace id of {@code span}, or {@code null} (see {@link #traceparent}). */
  public static String traceId(Span span) {
    SpanContext context = spanContext(span);
    return context.isValid() ? context.getTraceId() : null;
  }

  /** The lower-case hex span id of {@code span}, or {@code null} (see {@link #traceparent}). */
  public static String spanId(Span span) {
    SpanContext context = spanContext(span);
    return context.isValid() ? context.getSpanId() : null;
  }

  private static SpanContext spanContext(Span span) {
    return io.opentelemetry.api.trace.Span.fromContext(context(span)).getSpanContext();
  }

  private static MirroredSpan own(Span span) {
    SpanData data = data(span);
    return data == null ? null : data.extension(MirroredSpan.KEY);
  }

  private static SpanData data(Span span) {
    return span != null && span.handle() instanceof SpanData data ? data : null;
  }
}
