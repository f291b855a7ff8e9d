package dev.tracing4j.demo;

import dev.tracing4j.Instrument;
import dev.tracing4j.runtime.Tracer;
import java.util.concurrent.CompletableFuture;

/** Handles a checkout: reserve the items, then charge the card, then confirm. */
public class CheckoutService {
  private static final Tracer log = Tracer.of(CheckoutService.class);
  private final Inventory inventory;
  private final Payments payments;

  public CheckoutService(Inventory inventory, Payments payments) {
    this.inventory = inventory;
    this.payments = payments;
  }

  @Instrument(
      skip = "order",
      fields = {"request.id = order.id()", "customer = order.customer()"},
      ret = true,
      err = true)
  public CompletableFuture<String> checkout(Order order) {
    log.atInfo().field("items", order.items().size()).log("checking out");
    // Both continuations run inside this checkout's span, on whichever worker completes the step.
    return inventory.reserve(order.items())
        .thenCompose(reserved -> payments.charge(order.customer(), order.totalCents()))
        .thenApply(payment -> {
          log.atInfo().field("payment", payment).log("confirmed");
          return "receipt-" + order.id();
        });
  }
}
