package dev.tracing4j.it.shop;

import dev.tracing4j.Instrument;

/** An interface: the processor writes a decorator taking the delegate. */
public interface Inventory {
  @Instrument(ret = true)
  int reserve(String sku, int quantity);

  void release(String sku);

  @Instrument
  default boolean available(String sku) {
    return reserve(sku, 0) >= 0;
  }

  /** An implementation for the tests. */
  final class InMemory implements Inventory {
    public int released;

    @Override
    public int reserve(String sku, int quantity) {
      return quantity * 2;
    }

    @Override
    public void release(String sku) {
      released++;
    }
  }
}
