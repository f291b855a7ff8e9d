package dev.tracing4j.it.shop;

/** A parameter type whose members {@code fields} expressions reach. */
public record Customer(String name, Address address) {

  /** Reached through two steps: {@code customer.address().city()}. */
  public record Address(String city) {}
}
