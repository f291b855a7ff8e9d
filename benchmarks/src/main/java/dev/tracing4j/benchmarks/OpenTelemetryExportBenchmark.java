package dev.tracing4j.benchmarks;

import dev.tracing4j.opentelemetry.OpenTelemetryLayer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.filter.EnvFilter;
import dev.tracing4j.runtime.registry.Registry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * An exported span with three fields: the OpenTelemetry SDK span used directly (three attributes,
 * made current around the call), beside the same call through its {@code @Instrument} wrapper with
 * tracing4j's otel layer exporting to the same SDK, and with the layer installed but the callsite
 * filtered out. Both SDKs sample everything and hand spans to a batch processor whose exporter
 * drops them (see {@link OpenTelemetryBenchmark} on what its full queue means).
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OpenTelemetryExportBenchmark {

  @Param({"sdk", "tracing4j_otel", "tracing4j_otel_filtered_out"})
  public String setup;

  private SdkTracerProvider provider;
  private Tracer tracer;
  private Checkout checkout;
  private long orderId = 42;
  private String customer = "ada";
  private boolean express = true;

  @Setup
  public void setUp() {
    provider = OpenTelemetryBenchmark.sdk(true, new OpenTelemetryBenchmark.DroppingExporter());
    switch (setup) {
      case "sdk" -> {
        tracer = provider.get("bench");
        checkout = new Checkout(Runnable::run);
      }
      case "tracing4j_otel" -> {
        Tracing.setGlobalDefault(otel(provider, "info"));
        checkout = new InstrumentedCheckout(Runnable::run);
      }
      case "tracing4j_otel_filtered_out" -> {
        Tracing.setGlobalDefault(otel(provider, "warn"));
        checkout = new InstrumentedCheckout(Runnable::run);
      }
      default -> throw new IllegalArgumentException("setup=" + setup);
    }
  }

  /** A registry whose only layer exports to {@code provider}, behind {@code filter}. */
  static Registry otel(SdkTracerProvider provider, String filter) {
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(provider).build();
    return Registry.builder()
        .with(OpenTelemetryLayer.builder(sdk).build(), EnvFilter.parse(filter))
        .build();
  }

  @TearDown
  public void tearDown() {
    provider.shutdown().join(10, TimeUnit.SECONDS);
  }

  @Benchmark
  public long span() {
    if (tracer == null) {
      return checkout.place(orderId, customer, express);
    }
    Span span = tracer.spanBuilder("place")
        .setAttribute("orderId", orderId)
        .setAttribute("customer", customer)
        .setAttribute("express", express)
        .startSpan();
    try (Scope scope = span.makeCurrent()) {
      return checkout.place(orderId, customer, express);
    } finally {
      span.end();
    }
  }
}
