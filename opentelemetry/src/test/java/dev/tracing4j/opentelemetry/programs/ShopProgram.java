package dev.tracing4j.opentelemetry.programs;

/**
 * Checks out one order and fails one payment, then exits at once: what it traced must be exported
 * by the time the JVM is gone. Configured only by its environment.
 */
public final class ShopProgram {

  private ShopProgram() {}

  public static void main(String[] args) {
    Shop shop = new InstrumentedShop();
    shop.checkout(42L, "ada");
    try {
      shop.pay(-5);
    } catch (IllegalStateException expected) {
      System.out.println("payment failed as planned");
    }
  }
}
