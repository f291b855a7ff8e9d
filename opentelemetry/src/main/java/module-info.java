/**
 * tracing4j-opentelemetry: the layer {@code otel}, which mirrors tracing4j spans as OpenTelemetry
 * spans, and W3C trace context for spans that cross processes.
 *
 * <pre>{@code
 * module com.shop {
 *   requires dev.tracing4j.opentelemetry;
 * }
 * }</pre>
 */
module dev.tracing4j.opentelemetry {
  requires transitive dev.tracing4j.runtime;
  requires transitive io.opentelemetry.api;
  requires transitive io.opentelemetry.context;
  requires io.opentelemetry.sdk;
  requires io.opentelemetry.sdk.trace;
  requires io.opentelemetry.sdk.common;
  requires io.opentelemetry.sdk.autoconfigure;

  exports dev.tracing4j.opentelemetry;

  provides dev.tracing4j.runtime.config.LayerProvider
      with dev.tracing4j.opentelemetry.OpenTelemetryLayerProvider;
}
