package dev.tracing4j.benchmarks;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The same call inside an OpenTelemetry span with the same three attributes, made current around
 * the call: with the SDK, an always-on sampler and a batch processor whose exporter drops
 * everything; with an always-off sampler; and with the API's no-op.
 *
 * <p>A benchmark thread creates spans faster than the batch processor's worker drains them, so
 * its queue fills and it drops spans, which makes the SDK's measured span cheaper than one that is
 * queued. The processor reports each drop through {@code java.util.logging}; that report is turned
 * off, since printing it on the worker thread would take a core away from the measured thread.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OpenTelemetryBenchmark {

  @Param({"sdk_always_on", "sdk_always_off", "api_noop"})
  public String setup;

  /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
  private static final Logger BATCH_PROCESSOR_LOG =
      Logger.getLogger(BatchSpanProcessor.class.getName());

  private SdkTracerProvider provider;
  private Tracer tracer;
  private final Checkout checkout = new Checkout(Runnable::run);
  private long orderId = 42;
  private String customer = "ada";
  private boolean express = true;

  /** Accepts every batch and keeps nothing. */
  static class DroppingExporter implements SpanExporter {
    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }

  @Setup
  public void setUp() {
    if (setup.equals("api_noop")) {
      tracer = OpenTelemetry.noop().getTracer("bench");
      return;
    }
    provider = sdk(setup.equals("sdk_always_on"), new DroppingExporter());
    tracer = provider.get("bench");
  }

  /** The SDK with a batch processor exporting to {@code exporter}. */
  static SdkTracerProvider sdk(boolean alwaysOn, SpanExporter exporter) {
    BATCH_PROCESSOR_LOG.setLevel(Level.OFF);
    return SdkTracerProvider.builder()
        .setSampler(alwaysOn ? Sampler.alwaysOn() : Sampler.alwaysOff())
        .addSpanProcessor(BatchSpanProcessor.builder(exporter).build())
        .build();
  }

  @TearDown
  public void tearDown() {
    if (provider != null) {
      provider.shutdown().join(10, TimeUnit.SECONDS);
    }
  }

  @Benchmark
  public long span() {
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
