package dev.tracing4j.opentelemetry;

import dev.tracing4j.runtime.DefaultGuard;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.filter.EnvFilter;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.Registry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.function.Function;

/**
 * An OpenTelemetry SDK that exports to memory, an {@link OpenTelemetryLayer} over it, and a
 * registry with that layer, installed for the test's thread while it runs.
 */
final class InMemoryOtel implements AutoCloseable {

  final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder()
          .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
      .build();
  final OpenTelemetryLayer layer = OpenTelemetryLayer.builder(sdk).build();
  final Registry registry;
  private final DefaultGuard guard;

  InMemoryOtel() {
    this("trace");
  }

  /** With the layer behind {@code filter}. */
  InMemoryOtel(String filter) {
    this(filter, otel -> List.of());
  }

  /** With the layer behind {@code filter}, after the layers {@code before} makes. */
  InMemoryOtel(String filter, Function<InMemoryOtel, List<Layer>> before) {
    Registry.Builder builder = Registry.builder();
    for (Layer layer : before.apply(this)) {
      builder.with(layer, EnvFilter.parse("trace"));
    }
    registry = builder.with(layer, EnvFilter.parse(filter)).build();
    guard = Tracing.setDefault(registry);
  }

  /**
   * Makes the registry the global default too, until the returned guard closes: events and spans
   * created on other threads go to the thread's default, which is the global one there.
   */
  AutoCloseable global() {
    Tracing.setGlobalDefault(registry);
    return () -> Tracing.setGlobalDefault(Registry.builder().build());
  }

  /** A tracer of the same SDK, as code instrumented with OpenTelemetry directly would use. */
  Tracer otelTracer() {
    return sdk.getTracer("library");
  }

  /** The spans exported so far, in the order they ended. */
  List<SpanData> spans() {
    return exporter.getFinishedSpanItems();
  }

  /** The one exported span named {@code name}. */
  SpanData span(String name) {
    List<SpanData> named = spans().stream().filter(s -> s.getName().equals(name)).toList();
    if (named.size() != 1) {
      throw new AssertionError("expected one span " + name + ", exported: " + spans());
    }
    return named.get(0);
  }

  @Override
  public void close() {
    guard.close();
    sdk.shutdown();
  }
}
