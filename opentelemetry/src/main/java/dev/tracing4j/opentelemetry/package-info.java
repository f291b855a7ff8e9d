/**
 * Distributed tracing for tracing4j: {@link dev.tracing4j.opentelemetry.OpenTelemetryLayer}
 * exports tracing4j spans to OpenTelemetry, and {@link dev.tracing4j.opentelemetry.OpenTelemetrySpans}
 * carries their W3C trace context across processes.
 *
 * <p>With no code: {@code TRACING4J_SUBSCRIBER=fmt,otel OTEL_SERVICE_NAME=shop
 * OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318 java -jar shop.jar}.
 *
 * <pre>{@code
 * @Instrument(fields = {"otel.kind = \"server\"", "otel.parent = request.traceparent()"})
 * Response handle(Request request) { ... }   // continues the caller's trace
 * }</pre>
 */
package dev.tracing4j.opentelemetry;
