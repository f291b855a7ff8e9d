package dev.tracing4j.it.shop;

import dev.tracing4j.Instrument;
import dev.tracing4j.Level;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;

/** A class exercising the shapes the processor must handle for classes. */
public class OrderService {
  private static final Tracer log = Tracer.of(OrderService.class);
  private final String region;

  public OrderService(String region) {
    this.region = region;
  }

  @Instrument(
      skip = "card",
      fields = {"customer.city = customer.address().city()", "region = \"eu\"", "total"},
      ret = true,
      err = true)
  public long place(long orderId, Customer customer, String card) throws PaymentException {
    if (card.isEmpty()) {
      throw new PaymentException("card declined for order " + orderId);
    }
    reserve("sku-" + orderId, 2);
    log.atInfo().field("region", region).log("placed");
    Span.current().record("total", 99L);
    return orderId * 10;
  }

  @Instrument(level = Level.DEBUG, ret = true)
  protected boolean reserve(String sku, int quantity) {
    return quantity > 0;
  }

  @Instrument(ret = true)
  public int[] histogram(int... values) {
    return new int[] {values.length};
  }

  @Instrument(name = "ship.byId")
  public void ship(long id) {}

  @Instrument(name = "ship.byAddress")
  public void ship(String address) {}

  @Instrument
  void packageMethod(byte b, short s, char c, float f, double d, boolean flag, Integer boxed) {}

  /** Calls the package-private method from the tests' package. */
  public void packageMethodForTest() {
    packageMethod((byte) 1, (short) 2, 'x', 1.5f, 2.5, true, 42);
  }

  @Instrument(err = true)
  public void fail() {
    throw new IllegalStateException("broken");
  }

  @Instrument(skipAll = true, fields = {"name = customer.name()", "nothing = missing.name()"})
  public String greet(Customer customer, Customer missing) {
    return "hello " + customer.name();
  }

  @Instrument(fields = "bad = customer.name()")
  public void throwingField(ThrowingCustomer customer) {}

  /** A customer whose accessor throws, as user code sometimes does. */
  public static class ThrowingCustomer {
    public String name() {
      throw new IllegalStateException("no name");
    }
  }
}
