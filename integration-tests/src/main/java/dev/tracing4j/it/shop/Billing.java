package dev.tracing4j.it.shop;

import dev.tracing4j.Instrument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Code that logs through SLF4J, as existing code does, inside an instrumented method. */
public class Billing {
  private static final Logger log = LoggerFactory.getLogger(Billing.class);

  @Instrument(fields = "customer.name = customer.name()", skip = "customer")
  public long invoice(Customer customer, long cents) {
    log.info("invoicing {} cents", cents);
    log.atDebug().addKeyValue("rate", 0.2).log("tax applied");
    if (cents < 0) {
      log.error("refusing a negative amount", new IllegalArgumentException("cents=" + cents));
      return 0;
    }
    return cents + cents / 5;
  }
}
