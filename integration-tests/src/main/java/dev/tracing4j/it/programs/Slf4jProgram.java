package dev.tracing4j.it.programs;

import dev.tracing4j.it.shop.Billing;
import dev.tracing4j.it.shop.Customer;
import dev.tracing4j.it.shop.InstrumentedBilling;
import org.slf4j.LoggerFactory;

/** SLF4J logging inside instrumented methods and outside, printed by the configured subscriber. */
public final class Slf4jProgram {
  public static void main(String[] args) {
    Billing billing = new InstrumentedBilling();
    Customer ada = new Customer("ada", new Customer.Address("Paris"));
    billing.invoice(ada, 450);
    billing.invoice(ada, -1);
    LoggerFactory.getLogger("com.shop.Main").warn("done");
  }
}
