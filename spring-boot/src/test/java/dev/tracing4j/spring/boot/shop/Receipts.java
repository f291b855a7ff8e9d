package dev.tracing4j.spring.boot.shop;

import dev.tracing4j.Instrument;

/** Made by a {@code @Bean} method, so created as the method says. */
public class Receipts {
  private final String prefix;

  public Receipts(String prefix) {
    this.prefix = prefix;
  }

  @Instrument
  public String number(long orderId) {
    return prefix + orderId;
  }
}
