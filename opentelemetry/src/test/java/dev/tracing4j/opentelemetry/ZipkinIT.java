package dev.tracing4j.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tracing4j.opentelemetry.programs.OrderClientProgram;
import dev.tracing4j.opentelemetry.programs.OrderServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two JVMs, a client and a server, configured only by {@code TRACING4J_SUBSCRIBER=otel} and {@code
 * OTEL_TRACES_EXPORTER=zipkin}, export to a real Zipkin server: the client's {@code @Instrument}
 * method calls the server over HTTP with {@code traceparent}, and Zipkin shows one trace with both
 * services.
 */
class ZipkinIT {

  private static ZipkinServer zipkin;
  private static String trace;
  private static String burst;

  @BeforeAll
  static void runClientAndServer() throws Exception {
    zipkin = ZipkinServer.start();
    Map<String, String> common = Map.of(
        "TRACING4J_SUBSCRIBER", "otel",
        "OTEL_TRACES_EXPORTER", "zipkin",
        "OTEL_EXPORTER_ZIPKIN_ENDPOINT", zipkin.spansEndpoint());
    try (ChildJvm server = ChildJvm.start(OrderServer.class,
        with(common, "OTEL_SERVICE_NAME", "order-server"))) {
      String port = server.awaitLine("port=");
      try (ChildJvm client = ChildJvm.start(OrderClientProgram.class,
          with(common, "OTEL_SERVICE_NAME", "shop-client"), port)) {
        assertEquals(0, client.waitFor(), client::toString);
        trace = client.awaitLine("trace=");
        burst = client.awaitLine("burst=");
        assertFalse(client.stderr().contains("SEVERE"), client::toString);
      }
      server.send("stop");
      assertEquals(0, server.waitFor(), server::toString);
      assertFalse(server.stderr().contains("SEVERE"), server::toString);
    }
  }

  private static Map<String, String> with(Map<String, String> env, String key, String value) {
    Map<String, String> copy = new java.util.HashMap<>(env);
    copy.put(key, value);
    return copy;
  }

  @AfterAll
  static void stopZipkin() throws Exception {
    if (zipkin != null) {
      zipkin.close();
    }
  }

  private static List<JsonNode> orderTrace() throws Exception {
    return zipkin.trace(trace, spans -> spans.size() >= 5);
  }

  private static List<JsonNode> named(List<JsonNode> spans, String name) {
    List<JsonNode> named = new ArrayList<>();
    spans.stream().filter(span -> span.path("name").asText().equals(name)).forEach(named::add);
    named.sort((a, b) -> Long.compare(a.get("timestamp").asLong(), b.get("timestamp").asLong()));
    return named;
  }

  @Test
  void oneTraceHoldsTheSpansOfBothServices() throws Exception {
    List<JsonNode> spans = orderTrace();
    assertEquals(5, spans.size(), spans::toString);
    assertEquals(List.of("shop-client", "shop-client", "shop-client"),
        List.of("order", "fetch", "fetch").stream().distinct()
            .flatMap(name -> named(spans, name).stream())
            .map(span -> span.at("/localEndpoint/serviceName").asText()).toList());
    assertEquals(List.of("order-server", "order-server"), named(spans, "handle").stream()
        .map(span -> span.at("/localEndpoint/serviceName").asText()).toList());
  }

  @Test
  void theServersHandlerSpanHasTheClientsCallAsParentAcrossProcesses() throws Exception {
    List<JsonNode> spans = orderTrace();
    JsonNode order = named(spans, "order").get(0);
    List<JsonNode> fetches = named(spans, "fetch");
    List<JsonNode> handles = named(spans, "handle");
    assertFalse(order.has("parentId"));
    for (int i = 0; i < 2; i++) {
      assertEquals(order.get("id").asText(), fetches.get(i).get("parentId").asText());
      assertEquals(fetches.get(i).get("id").asText(), handles.get(i).get("parentId").asText());
    }
  }

  @Test
  void kindsAreClientAndServer() throws Exception {
    List<JsonNode> spans = orderTrace();
    assertFalse(named(spans, "order").get(0).has("kind"), "an internal span has no kind");
    assertTrue(named(spans, "fetch").stream().allMatch(s -> s.get("kind").asText().equals("CLIENT")));
    assertTrue(named(spans, "handle").stream().allMatch(s -> s.get("kind").asText().equals("SERVER")));
  }

  @Test
  void fieldsAndTimingArriveAsTags() throws Exception {
    List<JsonNode> spans = orderTrace();
    JsonNode fetch = named(spans, "fetch").get(0).get("tags");
    assertEquals("42", fetch.get("orderId").asText());
    assertEquals("200", fetch.get("http.response.status_code").asText());
    assertEquals("dev.tracing4j.opentelemetry.programs.OrderClient",
        fetch.get("code.namespace").asText());
    assertEquals("OrderClient.java", fetch.get("code.filepath").asText());
    assertTrue(fetch.get("code.lineno").asText().matches("[1-9][0-9]*"), fetch::toString);
    assertEquals("main", fetch.get("thread.name").asText());
    assertTrue(fetch.get("busy_ns").asText().matches("[1-9][0-9]*"), fetch::toString);
    assertTrue(fetch.get("idle_ns").asText().matches("[0-9]+"), fetch::toString);
    assertFalse(fetch.has("otel.kind"), fetch::toString);

    JsonNode handle = named(spans, "handle").get(0).get("tags");
    assertEquals("/orders/{id}", handle.get("http.route").asText());
    assertEquals("/orders/42", handle.get("url.path").asText());
    assertFalse(handle.has("otel.parent"), handle::toString);
    assertFalse(handle.has("error"), handle::toString);
  }

  @Test
  void eventsArriveAsAnnotationsWithTypedAttributes() throws Exception {
    JsonNode handle = named(orderTrace(), "handle").get(0);
    JsonNode annotation = handle.get("annotations").get(0);
    String value = annotation.get("value").asText();
    assertTrue(value.startsWith("\"loaded\":{"), value);
    assertTrue(value.contains("\"order.id\":42"), value);
    assertTrue(value.contains("\"warehouse\":\"B7\""), value);
    assertTrue(value.contains("\"level\":\"INFO\""), value);
    long start = handle.get("timestamp").asLong();
    long at = annotation.get("timestamp").asLong();
    assertTrue(at >= start && at <= start + handle.get("duration").asLong(), handle::toString);
  }

  @Test
  void aFailingRequestIsAnErrorOnBothSides() throws Exception {
    List<JsonNode> spans = orderTrace();
    JsonNode handle = named(spans, "handle").get(1);
    assertEquals("/orders/-1", handle.at("/tags/url.path").asText());
    assertEquals("java.lang.IllegalArgumentException: no order -1",
        handle.at("/tags/error").asText());
    List<String> annotations = new ArrayList<>();
    handle.get("annotations").forEach(a -> annotations.add(a.get("value").asText()));
    String exception = annotations.get(annotations.size() - 1);
    assertTrue(exception.startsWith("\"exception\":{"), annotations::toString);
    assertTrue(exception.contains("\"exception.type\":\"java.lang.IllegalArgumentException\""),
        exception);
    assertTrue(exception.contains("OrderHandler.handle(OrderHandler.java:"), exception);

    JsonNode fetch = named(spans, "fetch").get(1);
    assertEquals("500", fetch.at("/tags/http.response.status_code").asText());
    assertEquals("HTTP 500", fetch.at("/tags/error").asText());
  }

  @Test
  void twoThousandSpansEndedJustBeforeExitAllArrived() throws Exception {
    List<JsonNode> spans = zipkin.trace(burst, s -> s.size() >= 2_001);
    assertEquals(2_001, spans.size());
    assertEquals(2_000, named(spans, "item").size());
  }
}
