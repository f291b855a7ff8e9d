package dev.tracing4j.it.shop;

/** A checked exception that instrumented methods must pass through unchanged. */
public class PaymentException extends Exception {
  public PaymentException(String message) {
    super(message);
  }
}
