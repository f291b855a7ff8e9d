package dev.tracing4j.runtime.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.registry.Registry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's recipe for testing what code traces, exactly as it is written there. */
class TestingRecipeTest {

  private static final Tracer log = Tracer.of("com.shop.OrderService");

  private static void place(long orderId) {
    Span span = log.span(Level.INFO, "place").field("order.id", orderId).start();
    try (Scope scope = span.enter()) {
      log.atInfo().field("ok", true).log("placed");
    }
    span.close();
  }

  @Test
  void fmtIntoMemoryForOneThread() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Registry subscriber = Registry.builder()
        .with(FmtLayer.builder().output(Output.stream(out, "test")).ansi(false).build())
        .build();
    Tracing.withDefault(subscriber, () -> place(42));
    subscriber.shutdown(); // writes everything out and stops the writer's thread
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines()
        .map(line -> line.substring(line.indexOf(' ') + 1)) // without the timestamp
        .toList();
    assertEquals(List.of(" INFO place{order.id=42}: com.shop.OrderService: placed ok=true"), lines);
  }
}
