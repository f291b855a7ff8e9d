package dev.tracing4j.spring.boot.shop;

import dev.tracing4j.Instrument;
import dev.tracing4j.runtime.Tracer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Constructor injection (with a {@code @Value}) and field injection, traced. */
@Service
public class OrderService {
  private static final Tracer LOG = Tracer.of(OrderService.class);

  private final Inventory inventory;
  private final String currency;
  @Autowired
  private Receipts receipts;

  public OrderService(Inventory inventory, @Value("${shop.currency:EUR}") String currency) {
    this.inventory = inventory;
    this.currency = currency;
    LOG.atInfo().log("order service created");
  }

  @Instrument
  public String place(long orderId) {
    LOG.atInfo().field("stock", inventory.reserve(orderId)).log("placed");
    return receipts.number(orderId) + " " + currency;
  }
}
