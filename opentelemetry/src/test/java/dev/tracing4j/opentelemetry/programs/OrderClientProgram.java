package dev.tracing4j.opentelemetry.programs;

import dev.tracing4j.Level;
import dev.tracing4j.opentelemetry.OpenTelemetrySpans;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;

/**
 * Places an order with the server on the port given as argument (printing {@code trace=<id>}),
 * then ends 2 000 spans of a burst (printing {@code burst=<id>}) and exits at once.
 */
public final class OrderClientProgram {

  private static final Tracer log = Tracer.of(OrderClientProgram.class);
  static final int BURST = 2_000;

  private OrderClientProgram() {}

  public static void main(String[] args) throws Exception {
    OrderClient client = new InstrumentedOrderClient(Integer.parseInt(args[0]));
    System.out.println("trace=" + client.order());
    Span burst = log.span(Level.INFO, "burst").start();
    try (Scope scope = burst.enter()) {
      for (int i = 0; i < BURST; i++) {
        log.span(Level.INFO, "item").field("i", i).start().close();
      }
    }
    burst.close();
    System.out.println("burst=" + OpenTelemetrySpans.traceId(burst));
  }
}
