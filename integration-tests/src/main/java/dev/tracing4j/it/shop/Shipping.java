package dev.tracing4j.it.shop;

import dev.tracing4j.Instrument;

/** A sealed class that permits its generated subclass, and so can be instrumented. */
public sealed class Shipping permits Shipping.Express, InstrumentedShipping {

  @Instrument(ret = true)
  public long quote(long grams) {
    return grams / 10;
  }

  /** The other permitted subclass. */
  public static final class Express extends Shipping {
    @Override
    public long quote(long grams) {
      return 2 * super.quote(grams);
    }
  }
}
