package com.shop;

import dev.tracing4j.Instrument;
import dev.tracing4j.Level;
import java.io.IOException;

public class OrderService {
  public record Customer(String name, Address address) {}

  public record Address(String city) {}

  private final String region;

  public OrderService(String region) {
    this.region = region;
  }

  protected OrderService() {
    this("eu");
  }

  @Instrument(
      skip = "card",
      fields = {"customer.city = customer.address().city()", "region = \"eu\"", "rows"},
      ret = true,
      err = true)
  public long place(long orderId, Customer customer, String card) throws IOException {
    return orderId * 2;
  }

  @Instrument(name = "lookup", target = "com.shop.db", level = Level.DEBUG, skipAll = true)
  protected String find(String id) {
    return region + id;
  }

  @Instrument
  void audit(char grade, String... notes) {}
}
