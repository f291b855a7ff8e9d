package com.shop;

import dev.tracing4j.Instrument;

public interface Inventory {
  @Instrument(ret = true)
  int reserve(String sku, int quantity);

  void release(String sku);

  default boolean available(String sku) {
    return true;
  }
}
