package dev.tracing4j.opentelemetry.programs;

import dev.tracing4j.Instrument;
import dev.tracing4j.opentelemetry.OpenTelemetrySpans;
import dev.tracing4j.runtime.Span;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the order server, sending the current span's traceparent with each request. */
public class OrderClient {

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;

  public OrderClient(int port) {
    this.port = port;
  }

  /** Fetches an order that exists and one that does not; returns this trace's id. */
  @Instrument
  public String order() throws IOException, InterruptedException {
    fetch(42);
    fetch(-1);
    return OpenTelemetrySpans.traceId(Span.current());
  }

  @Instrument(fields = {"otel.kind = \"client\"", "http.response.status_code"})
  public int fetch(long orderId) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/orders/" + orderId));
    String traceparent = OpenTelemetrySpans.traceparent(Span.current());
    if (traceparent != null) {
      request.header("traceparent", traceparent);
    }
    int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    Span.current().record("http.response.status_code", (long) status);
    if (status >= 500) {
      Span.current().record("otel.status_code", "error")
          .record("otel.status_description", "HTTP " + status);
    }
    return status;
  }
}
