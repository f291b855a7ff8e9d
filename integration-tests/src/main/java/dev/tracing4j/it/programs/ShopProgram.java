package dev.tracing4j.it.programs;

import dev.tracing4j.it.shop.Customer;
import dev.tracing4j.it.shop.InstrumentedOrderService;
import dev.tracing4j.it.shop.OrderService;
import dev.tracing4j.it.shop.PaymentException;
import dev.tracing4j.runtime.Tracing;

/** Instrumented classes used as a user would, printing through the configured subscriber. */
public final class ShopProgram {
  public static void main(String[] args) {
    Tracing.init();
    OrderService service = new InstrumentedOrderService("eu-west");
    Customer ada = new Customer("ada", new Customer.Address("Paris"));
    try {
      service.place(7, ada, "4111");
      service.place(8, ada, "");
    } catch (PaymentException e) {
      System.out.println("declined: " + e.getMessage());
    }
  }
}
