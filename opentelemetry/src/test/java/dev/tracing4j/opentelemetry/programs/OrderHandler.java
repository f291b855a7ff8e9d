package dev.tracing4j.opentelemetry.programs;

import dev.tracing4j.Instrument;
import dev.tracing4j.runtime.Tracer;

/** The server's handler: its span continues the caller's trace from the request's traceparent. */
public class OrderHandler {

  private static final Tracer log = Tracer.of(OrderHandler.class);

  @Instrument(skip = "request", err = true, fields = {
      "otel.kind = \"server\"",
      "otel.parent = request.traceparent()",
      "http.route = \"/orders/{id}\"",
      "url.path = request.path()"})
  public String handle(Request request) {
    long id = Long.parseLong(request.path().substring("/orders/".length()));
    log.atInfo().field("order.id", id).field("warehouse", "B7").log("loaded");
    if (id < 0) {
      throw new IllegalArgumentException("no order " + id);
    }
    return "order " + id;
  }
}
