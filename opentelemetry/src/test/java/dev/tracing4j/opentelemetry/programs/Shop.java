package dev.tracing4j.opentelemetry.programs;

import dev.tracing4j.Instrument;
import dev.tracing4j.Level;
import dev.tracing4j.runtime.Tracer;

/** An instrumented service for the programs run in child JVMs. */
public class Shop {

  private static final Tracer log = Tracer.of(Shop.class);

  @Instrument(fields = {"otel.kind = \"server\"", "otel.name = \"POST /checkout\""})
  public void checkout(long orderId, String customer) {
    log.atInfo().field("items", 3L).field("express", true).log("reserved");
    reserve(orderId);
  }

  @Instrument(level = Level.DEBUG)
  public void reserve(long orderId) {
    log.atDebug().field("shelf", "B7").log();
  }

  @Instrument(err = true)
  public void pay(long amount) {
    if (amount < 0) {
      throw new IllegalStateException("card declined for " + amount);
    }
  }
}
