package dev.tracing4j.spring.boot.shop;

import dev.tracing4j.Instrument;
import org.springframework.stereotype.Component;

/** A nested component: its generated class is {@code InstrumentedWarehouse_Shelf}. */
public final class Warehouse {
  private Warehouse() {}

  @Component
  public static class Shelf {
    @Instrument
    public int count(String sku) {
      return sku.length();
    }
  }
}
