package dev.tracing4j.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.config.ConfigurationException;
import dev.tracing4j.runtime.config.TracingConfig;
import dev.tracing4j.runtime.fmt.FmtLayer;
import dev.tracing4j.runtime.registry.Registry;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracing4j.subscriber=fmt,otel}: the layer by name, its SDK, and log correlation. */
class ConfiguredLayerTest {

  private static final Tracer log = Tracer.of("com.shop.OrderService");
  private static final List<String> OTEL_PROPERTIES =
      List.of("otel.traces.exporter", "otel.service.name", "otel.exporter.otlp.endpoint");

  @TempDir
  Path directory;

  @BeforeEach
  @AfterEach
  void resetGlobals() {
    GlobalOpenTelemetry.resetForTest();
    OTEL_PROPERTIES.forEach(System::clearProperty);
  }

  private static Registry configure(Map<String, String> properties) {
    return (Registry) TracingConfig.from(properties, Map.of()).createSubscriber();
  }

  @Test
  void fmtOtelIsOneRegistryWithBothLayers() {
    try (InMemoryOtel installed = new InMemoryOtel()) {
      GlobalOpenTelemetry.set(installed.sdk);
      Registry registry = configure(Map.of("tracing4j.subscriber", "fmt,otel"));
      assertInstanceOf(FmtLayer.class, registry.layers().get(0));
      assertInstanceOf(OpenTelemetryLayer.class, registry.layers().get(1));
      registry.shutdown();
    }
  }

  @Test
  void anInstalledGlobalOpenTelemetryWinsAndStaysTheCallersAfterShutdown() {
    try (InMemoryOtel installed = new InMemoryOtel()) {
      GlobalOpenTelemetry.set(installed.sdk);
      Registry registry = configure(Map.of("tracing4j.subscriber", "otel"));
      OpenTelemetryLayer layer = (OpenTelemetryLayer) registry.layers().get(0);
      Tracing.withDefault(registry, () -> log.span(Level.INFO, "place").start().close());
      registry.shutdown();
      assertEquals("place", installed.spans().get(0).getName());
      assertTrue(installed.otelTracer().spanBuilder("after").startSpan().isRecording(),
          "the caller's SDK was shut down");
      assertSame(GlobalOpenTelemetry.get(), layer.openTelemetry());
    }
  }

  @Test
  void withoutAGlobalTheLayerBuildsAnSdkFromOtelPropertiesRegistersItAndShutsItDown() {
    // The default exporter, otlp, with the default protocol (which must be one the bundled JDK
    // sender speaks), to a port where nothing listens: no span is ended, so none is sent.
    System.setProperty("otel.exporter.otlp.endpoint", "http://127.0.0.1:9");
    System.setProperty("otel.service.name", "checkout");
    Registry registry = configure(Map.of("tracing4j.subscriber", "otel"));
    OpenTelemetryLayer layer = (OpenTelemetryLayer) registry.layers().get(0);
    OpenTelemetrySdk sdk = assertInstanceOf(OpenTelemetrySdk.class, layer.openTelemetry());
    assertTrue(GlobalOpenTelemetry.isSet());
    assertTrue(sdk.getSdkTracerProvider().toString().contains("service.name=\"checkout\""),
        sdk.getSdkTracerProvider()::toString);
    assertTrue(sdk.getTracer("x").spanBuilder("before").startSpan().isRecording());
    registry.shutdown();
    assertFalse(sdk.getTracer("x").spanBuilder("after").startSpan().isRecording(),
        "the SDK the layer built is shut down with it");
  }

  @Test
  void anOutputForOtelIsAConfigurationError() {
    ConfigurationException error = assertThrows(ConfigurationException.class, () -> configure(
        Map.of("tracing4j.subscriber", "fmt,otel", "tracing4j.otel.output", "otel.log")));
    assertEquals("invalid tracing4j.otel.output \"otel.log\" (system property"
        + " tracing4j.otel.output): otel exports through OpenTelemetry and writes no output;"
        + " remove the setting, and choose the exporter with OTEL_TRACES_EXPORTER",
        error.getMessage());
  }

  @Test
  void otelHasItsOwnFilter() {
    try (InMemoryOtel installed = new InMemoryOtel()) {
      GlobalOpenTelemetry.set(installed.sdk);
      Registry registry = configure(Map.of("tracing4j.subscriber", "json,otel",
          "tracing4j.output", directory.resolve("log.jsonl").toString(),
          "tracing4j.filter", "trace", "tracing4j.otel.filter", "info"));
      Tracing.withDefault(registry, () -> {
        log.span(Level.DEBUG, "detail").start().close();
        log.span(Level.INFO, "place").start().close();
      });
      registry.shutdown();
      assertEquals(List.of("place"), installed.spans().stream().map(SpanData::getName).toList());
    }
  }

  /** The json lines of a small program, as "message span trace_id/span_id". */
  private List<String> jsonLines(String subscriber, InMemoryOtel installed) throws Exception {
    Path file = directory.resolve(subscriber + ".jsonl");
    GlobalOpenTelemetry.set(installed.sdk);
    Registry registry = configure(Map.of("tracing4j.subscriber", subscriber,
        "tracing4j.json.output", file.toString(), "tracing4j.span_events", "new,close"));
    Tracing.withDefault(registry, () -> {
      log.atInfo().log("outside");
      Span outer = log.span(Level.INFO, "outer").start();
      try (Scope o = outer.enter()) {
        log.atInfo().log("in outer");
        Span inner = log.span(Level.INFO, "inner").start();
        try (Scope i = inner.enter()) {
          log.atInfo().field("order.id", 42L).log("in inner");
        }
        inner.close();
      }
      outer.close();
    });
    registry.shutdown();
    ObjectMapper mapper = new ObjectMapper();
    List<String> seen = new ArrayList<>();
    for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      JsonNode line = mapper.readTree(text);
      String message = line.get("fields").get("message").asText();
      String span = line.has("span") ? line.get("span").get("name").asText() : "-";
      String ids = line.has("trace_id")
          ? line.get("trace_id").asText() + "/" + line.get("span_id").asText() : "none";
      seen.add(message + " " + span + " " + ids);
    }
    return seen;
  }

  private static String ids(SpanData span) {
    return span.getTraceId() + "/" + span.getSpanId();
  }

  @Test
  void jsonBesideOtelWritesTheTraceAndSpanIdsOfTheInnermostSpanOnEveryEventInside()
      throws Exception {
    try (InMemoryOtel installed = new InMemoryOtel()) {
      List<String> lines = jsonLines("json,otel", installed);
      String outer = ids(installed.span("outer"));
      String inner = ids(installed.span("inner"));
      assertEquals(List.of("outside - none", "in outer outer " + outer,
          "in inner inner " + inner, "close inner " + inner, "close outer " + outer),
          lines.stream().filter(line -> !line.startsWith("new ")).toList());
      assertEquals(installed.span("outer").getTraceId(), installed.span("inner").getTraceId());
    }
  }

  @Test
  void withOtelListedBeforeJsonEvenTheNewLinesCarryTheSpansIds() throws Exception {
    try (InMemoryOtel installed = new InMemoryOtel()) {
      List<String> lines = jsonLines("otel,json", installed);
      String outer = ids(installed.span("outer"));
      String inner = ids(installed.span("inner"));
      assertEquals(List.of("outside - none", "new outer " + outer, "in outer outer " + outer,
          "new inner " + inner, "in inner inner " + inner, "close inner " + inner,
          "close outer " + outer), lines);
    }
  }
}
