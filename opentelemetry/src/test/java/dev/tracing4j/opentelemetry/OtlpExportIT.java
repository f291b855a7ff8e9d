package dev.tracing4j.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpServer;
import dev.tracing4j.opentelemetry.programs.ShopProgram;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A program configured only by {@code TRACING4J_SUBSCRIBER=fmt,otel} and the standard {@code
 * OTEL_*} variables exports over OTLP/HTTP with protobuf before it exits: the requests are
 * received on a loopback {@link HttpServer} and decoded with the OTLP protobuf classes.
 */
class OtlpExportIT {

  private static HttpServer collector;
  private static final List<ExportTraceServiceRequest> requests = new CopyOnWriteArrayList<>();
  private static final List<String> contentTypes = new CopyOnWriteArrayList<>();
  private static final List<String> paths = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startCollector() throws IOException {
    collector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    collector.createContext("/", exchange -> {
      paths.add(exchange.getRequestURI().getPath());
      contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
      try (InputStream body = exchange.getRequestBody()) {
        requests.add(ExportTraceServiceRequest.parseFrom(body.readAllBytes()));
      }
      byte[] response = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
      exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
      exchange.sendResponseHeaders(200, response.length);
      exchange.getResponseBody().write(response);
      exchange.close();
    });
    collector.start();
  }

  @AfterAll
  static void stopCollector() {
    collector.stop(0);
  }

  private static String hex(ByteString bytes) {
    return HexFormat.of().formatHex(bytes.toByteArray());
  }

  private static Map<String, Object> attributes(List<KeyValue> keyValues) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (KeyValue keyValue : keyValues) {
      AnyValue value = keyValue.getValue();
      attributes.put(keyValue.getKey(), switch (value.getValueCase()) {
        case INT_VALUE -> value.getIntValue();
        case DOUBLE_VALUE -> value.getDoubleValue();
        case BOOL_VALUE -> value.getBoolValue();
        case STRING_VALUE -> value.getStringValue();
        default -> value.toString();
      });
    }
    return attributes;
  }

  @Test
  void aProgramExportsItsSpansOverOtlpBeforeItExits() throws Exception {
    String endpoint = "http://127.0.0.1:" + collector.getAddress().getPort();
    int exit;
    try (ChildJvm program = ChildJvm.start(ShopProgram.class, Map.of(
        "TRACING4J_SUBSCRIBER", "fmt,otel",
        "TRACING4J_FILTER", "debug",
        "OTEL_SERVICE_NAME", "shop",
        "OTEL_EXPORTER_OTLP_ENDPOINT", endpoint))) {
      exit = program.waitFor();
      assertEquals(0, exit, program::toString);
      assertTrue(program.stdout().contains("payment failed as planned"), program::toString);
      assertTrue(program.stderr().contains("reserved items=3 express=true"), program::toString);
      assertFalse(program.stderr().contains("WARNING") || program.stderr().contains("SEVERE")
          || program.stderr().contains("tracing4j-opentelemetry:"), program::toString);
    }

    assertTrue(paths.stream().allMatch("/v1/traces"::equals), paths::toString);
    assertTrue(contentTypes.stream().allMatch("application/x-protobuf"::equals),
        contentTypes::toString);
    List<Span> spans = new ArrayList<>();
    for (ExportTraceServiceRequest request : requests) {
      for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
        assertEquals("shop",
            attributes(resourceSpans.getResource().getAttributesList()).get("service.name"));
        for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
          assertEquals("dev.tracing4j", scopeSpans.getScope().getName());
          spans.addAll(scopeSpans.getSpansList());
        }
      }
    }
    Map<String, Span> byName = new LinkedHashMap<>();
    spans.forEach(span -> byName.put(span.getName(), span));
    assertEquals(List.of("POST /checkout", "reserve", "pay"), spans.stream().map(Span::getName)
        .sorted((a, b) -> byName.get(a).getStartTimeUnixNano() < byName.get(b)
            .getStartTimeUnixNano() ? -1 : 1).toList());

    Span checkout = byName.get("POST /checkout");
    Span reserve = byName.get("reserve");
    Span pay = byName.get("pay");
    assertEquals(Span.SpanKind.SPAN_KIND_SERVER, checkout.getKind());
    assertEquals(Span.SpanKind.SPAN_KIND_INTERNAL, reserve.getKind());
    assertEquals(ByteString.EMPTY, checkout.getParentSpanId());
    assertEquals(hex(checkout.getSpanId()), hex(reserve.getParentSpanId()));
    assertEquals(hex(checkout.getTraceId()), hex(reserve.getTraceId()));
    assertTrue(hex(checkout.getTraceId()).matches("[0-9a-f]{32}"));

    Map<String, Object> checkoutAttributes = attributes(checkout.getAttributesList());
    assertEquals(42L, checkoutAttributes.get("orderId"));
    assertEquals("ada", checkoutAttributes.get("customer"));
    assertEquals("dev.tracing4j.opentelemetry.programs.Shop",
        checkoutAttributes.get("code.namespace"));
    assertEquals("Shop.java", checkoutAttributes.get("code.filepath"));
    assertEquals("main", checkoutAttributes.get("thread.name"));
    assertTrue(checkoutAttributes.get("busy_ns") instanceof Long, checkoutAttributes::toString);
    assertTrue(checkoutAttributes.get("idle_ns") instanceof Long, checkoutAttributes::toString);
    assertTrue(checkoutAttributes.keySet().stream().noneMatch(key -> key.startsWith("otel.")));

    assertEquals("reserved", checkout.getEvents(0).getName());
    assertEquals(Map.of("level", "INFO", "target", "dev.tracing4j.opentelemetry.programs.Shop",
        "items", 3L, "express", true), attributes(checkout.getEvents(0).getAttributesList()));
    assertEquals("event", reserve.getEvents(0).getName());
    assertEquals("B7", attributes(reserve.getEvents(0).getAttributesList()).get("shelf"));

    assertEquals(Status.StatusCode.STATUS_CODE_ERROR, pay.getStatus().getCode());
    assertEquals("java.lang.IllegalStateException: card declined for -5",
        pay.getStatus().getMessage());
    Span.Event exception = pay.getEvents(0);
    assertEquals("exception", exception.getName());
    Map<String, Object> exceptionAttributes = attributes(exception.getAttributesList());
    assertEquals("java.lang.IllegalStateException", exceptionAttributes.get("exception.type"));
    assertEquals("card declined for -5", exceptionAttributes.get("exception.message"));
    assertTrue(((String) exceptionAttributes.get("exception.stacktrace"))
        .contains("at dev.tracing4j.opentelemetry.programs.Shop.pay(Shop.java:"),
        exceptionAttributes::toString);
    assertEquals(Status.StatusCode.STATUS_CODE_UNSET, checkout.getStatus().getCode());
  }
}
