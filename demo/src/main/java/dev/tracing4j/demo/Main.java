package dev.tracing4j.demo;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;

/** A warehouse that handles a few orders, traced with nested spans and events through fmt. */
public final class Main {
  private static final Tracer log = Tracer.of(Main.class);

  public static void main(String[] args) throws InterruptedException {
    // The demo shows busy/idle on close unless told otherwise (try TRACING4J_SPAN_EVENTS=full).
    if (System.getProperty("tracing4j.span_events") == null
        && System.getenv("TRACING4J_SPAN_EVENTS") == null) {
      System.setProperty("tracing4j.span_events", "close");
    }
    Tracing.init();
    for (long order = 1; order <= 2; order++) {
      Span handle = log.span(Level.INFO, "handle").field("order.id", order).start();
      try (Scope scope = handle.enter()) {
        log.atInfo().field("items", 3).log("received");
        Span reserve = log.span(Level.INFO, "reserve").field("warehouse", "north").start();
        try (Scope inner = reserve.enter()) {
          Thread.sleep(5);
          log.atInfo().field("reserved", true).log("stock reserved");
        }
        Thread.sleep(2);
        reserve.close();
        log.atWarn().field("delay.ms", 2).log("courier is late");
      }
      handle.close();
    }
  }
}
