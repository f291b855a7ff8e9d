package dev.tracing4j.opentelemetry;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The OpenTelemetry SDK that {@code otel} builds when no {@code GlobalOpenTelemetry} is installed:
 * configured by OpenTelemetry's autoconfigure module from the standard variables ({@code
 * OTEL_SERVICE_NAME}, {@code OTEL_TRACES_EXPORTER} (default {@code otlp}), {@code
 * OTEL_EXPORTER_OTLP_ENDPOINT}, ... and their {@code otel.*} system properties).
 *
 * <p>tracing4j records spans only, so metrics and logs are not exported unless {@code
 * OTEL_METRICS_EXPORTER} / {@code OTEL_LOGS_EXPORTER} ask for it, and OTLP goes over HTTP with
 * protobuf (port 4318) unless {@code OTEL_EXPORTER_OTLP_PROTOCOL} says otherwise. The SDK's own shutdown hook is
 * left out: the layer flushes and shuts the SDK down when tracing4j shuts down at exit, after the
 * last span closed, rather than in a hook racing it.
 */
final class EnvironmentSdk {

  /**
   * Defaults below the standard variables: no metrics or logs, and OTLP over HTTP with protobuf,
   * which the bundled JDK sender speaks (the SDK's own default, gRPC, would need OkHttp).
   */
  private static final Map<String, String> DEFAULTS = Map.of(
      "otel.metrics.exporter", "none",
      "otel.logs.exporter", "none",
      "otel.exporter.otlp.protocol", "http/protobuf");

  private EnvironmentSdk() {}

  /** A layer over a new SDK, installed as {@code GlobalOpenTelemetry} unless one won the race. */
  static OpenTelemetryLayer layer() {
    OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
        .addPropertiesSupplier(() -> DEFAULTS)
        .disableShutdownHook()
        .build()
        .getOpenTelemetrySdk();
    try {
      GlobalOpenTelemetry.set(sdk);
    } catch (IllegalStateException installedMeanwhile) {
      sdk.shutdown().join(1, TimeUnit.SECONDS);
      return OpenTelemetryLayer.builder(GlobalOpenTelemetry.get()).build();
    }
    return OpenTelemetryLayer.builder(sdk).ownsSdk().build();
  }
}
