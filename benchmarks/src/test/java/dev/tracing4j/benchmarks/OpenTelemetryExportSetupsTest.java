package dev.tracing4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.registry.Registry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The otel setups of {@link OpenTelemetryExportBenchmark} export what they claim. */
class OpenTelemetryExportSetupsTest {

  private static List<SpanData> exported(String filter) {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    SdkTracerProvider provider = SdkTracerProvider.builder()
        .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
    Registry registry = OpenTelemetryExportBenchmark.otel(provider, filter);
    Tracing.withDefault(registry, () -> new InstrumentedCheckout(Runnable::run).place(42, "ada", true));
    List<SpanData> spans = exporter.getFinishedSpanItems();
    provider.shutdown(); // which clears the exporter
    return spans;
  }

  @Test
  void theOtelSetupExportsTheSpanWithItsThreeFields() {
    List<SpanData> spans = exported("info");
    assertEquals(1, spans.size());
    SpanData place = spans.get(0);
    assertEquals("place", place.getName());
    assertEquals(42L, place.getAttributes().get(AttributeKey.longKey("orderId")));
    assertEquals("ada", place.getAttributes().get(AttributeKey.stringKey("customer")));
    assertEquals(true, place.getAttributes().get(AttributeKey.booleanKey("express")));
  }

  @Test
  void theFilteredOutSetupExportsNothing() {
    assertTrue(exported("warn").isEmpty());
  }
}
