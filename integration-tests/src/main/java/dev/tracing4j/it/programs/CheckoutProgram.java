package dev.tracing4j.it.programs;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;

/**
 * Nested spans and events written with the runtime API only, and no installation code: whatever
 * it prints comes from configuration. The first argument is how many orders to place.
 */
public final class CheckoutProgram {
  private static final Tracer log = Tracer.of("com.shop.Checkout");

  public static void main(String[] args) {
    int orders = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    Span request = log.span(Level.INFO, "handle").field("request.id", "r-1").start();
    try (Scope outer = request.enter()) {
      for (int i = 1; i <= orders; i++) {
        Span place = log.span(Level.INFO, "place").field("order.id", (long) i).start();
        try (Scope inner = place.enter()) {
          log.atDebug().field("step", "validate").log("checking stock");
          log.atInfo().field("ok", true).log("placed");
        }
        place.close();
      }
    }
    request.close();
    log.atWarn().field("orders", orders).log("done");
  }
}
