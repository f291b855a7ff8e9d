package dev.tracing4j.opentelemetry;

import dev.tracing4j.runtime.config.LayerProvider;
import dev.tracing4j.runtime.config.LayerSettings;
import dev.tracing4j.runtime.registry.Layer;
import io.opentelemetry.api.GlobalOpenTelemetry;

/**
 * The layer {@code otel} of {@code tracing4j.subscriber=fmt,otel}, found with {@link
 * java.util.ServiceLoader}: an {@link OpenTelemetryLayer} over the installed {@code
 * GlobalOpenTelemetry} (for example the OpenTelemetry Java agent's), or else over an SDK built from
 * the standard {@code OTEL_*} variables and {@code otel.*} system properties, which it registers as
 * {@code GlobalOpenTelemetry} and shuts down at exit. Not for direct use.
 */
public final class OpenTelemetryLayerProvider implements LayerProvider {

  /** For {@link java.util.ServiceLoader}. */
  public OpenTelemetryLayerProvider() {}

  @Override
  public String name() {
    return "otel";
  }

  @Override
  public Layer create(LayerSettings settings) {
    if (settings.value("output").isPresent()) {
      throw settings.invalid("output", "otel exports through OpenTelemetry and writes no output;"
          + " remove the setting, and choose the exporter with OTEL_TRACES_EXPORTER");
    }
    if (GlobalOpenTelemetry.isSet()) {
      return OpenTelemetryLayer.builder(GlobalOpenTelemetry.get()).build();
    }
    return EnvironmentSdk.layer();
  }
}
