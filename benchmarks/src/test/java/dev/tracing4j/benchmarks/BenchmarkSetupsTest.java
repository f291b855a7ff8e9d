package dev.tracing4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import dev.tracing4j.Level;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.format.SpanEvents;
import dev.tracing4j.runtime.registry.Registry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every setup the benchmarks measure really does what its name says: a peer that silently failed
 * to write would make every ratio meaningless.
 */
class BenchmarkSetupsTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private String text() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theFmtAndJsonEventSetupsWriteTheEventWithItsThreeFields() {
    for (boolean json : new boolean[] {false, true}) {
      out.reset();
      Registry registry = json ? Subscribers.json(out, SpanEvents.NONE)
          : Subscribers.fmt(out, SpanEvents.NONE);
      Tracing.withDefault(registry, () -> Tracer.of("com.shop.OrderService").at(Level.INFO)
          .field("order.id", 42L).field("customer", "ada").field("ok", true).log("placed"));
      registry.flush();
      String expected = json ? "\"fields\":{\"message\":\"placed\",\"order.id\":42,\"customer\":"
          + "\"ada\",\"ok\":true}" : "com.shop.OrderService: placed order.id=42 customer=\"ada\" ok=true";
      assertTrue(text().contains(expected), text());
    }
  }

  @Test
  void theInstrumentedCallSetupsWriteEachSpansClose() {
    Registry registry = Subscribers.fmt(out, InstrumentedCallBenchmark.CLOSE);
    long[] result = new long[1];
    Tracing.withDefault(registry,
        () -> result[0] = new InstrumentedCheckout(Runnable::run).place(42, "ada", true));
    registry.flush();
    assertEquals(new Checkout(Runnable::run).place(42, "ada", true), result[0]);
    assertTrue(text().contains("place{orderId=42 customer=\"ada\" express=true}:"
        + " dev.tracing4j.benchmarks.Checkout: close time.busy="), text());
  }

  @Test
  void theSlf4jSetupWritesTheEventWithItsThreeKeyValuesAsFields() {
    Registry registry = Subscribers.fmt(out, SpanEvents.NONE);
    Tracing.withDefault(registry, () -> Slf4jBenchmark.logger("com.shop.OrderService").atInfo()
        .addKeyValue("order.id", 42L).addKeyValue("customer", "ada").addKeyValue("ok", true)
        .log("placed"));
    registry.flush();
    assertTrue(text().contains(
        "com.shop.OrderService: placed order.id=42 customer=\"ada\" ok=true"), text());
  }

  @Test
  void theLogbackSetupsWriteTheEventWithItsThreeKeyValues() {
    for (String setup : List.of("pattern", "logstash_json")) {
      out.reset();
      LoggerContext context = LogbackBenchmark.configure(setup, out);
      context.getLogger("com.shop.OrderService").atInfo().addKeyValue("order.id", 42L)
          .addKeyValue("customer", "ada").addKeyValue("ok", true).log("placed");
      context.stop();
      String expected = setup.equals("pattern")
          ? "com.shop.OrderService: placed order.id=\"42\" customer=\"ada\" ok=\"true\""
          : "\"message\":\"placed\"";
      assertTrue(text().contains(expected), setup + ": " + text());
      if (setup.equals("logstash_json")) {
        assertTrue(text().contains("\"order.id\":42,\"customer\":\"ada\",\"ok\":true"), text());
      }
    }
  }

  @Test
  void theOpenTelemetrySdkSetupsSampleAsNamed() {
    for (boolean alwaysOn : new boolean[] {true, false}) {
      List<SpanData> exported = new CopyOnWriteArrayList<>();
      SpanExporter counting = new OpenTelemetryBenchmark.DroppingExporter() {
        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
          exported.addAll(spans);
          return super.export(spans);
        }
      };
      SdkTracerProvider provider = OpenTelemetryBenchmark.sdk(alwaysOn, counting);
      provider.get("bench").spanBuilder("place").setAttribute("orderId", 42L)
          .setAttribute("customer", "ada").setAttribute("express", true).startSpan().end();
      provider.forceFlush().join(10, TimeUnit.SECONDS);
      provider.shutdown().join(10, TimeUnit.SECONDS);
      if (alwaysOn) {
        assertEquals(1, exported.size());
        assertEquals(3, exported.get(0).getAttributes().size());
        assertEquals("ada", exported.get(0).getAttributes().get(AttributeKey.stringKey("customer")));
      } else {
        assertEquals(0, exported.size());
      }
    }
  }
}
