package dev.tracing4j.spring.boot.shop;

import dev.tracing4j.Instrument;
import dev.tracing4j.runtime.Tracer;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/** A package-private traced component, with a destroy method that traces too. */
@Component
class Inventory {
  private static final Tracer LOG = Tracer.of(Inventory.class);

  @Instrument
  long reserve(long orderId) {
    return 100 - orderId;
  }

  @PreDestroy
  void close() {
    LOG.atInfo().log("inventory closed");
  }
}
