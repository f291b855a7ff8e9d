package dev.tracing4j.benchmarks;

import dev.tracing4j.Instrument;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The measured work: a small method with three parameters, and an async one. */
public class Checkout {
  private final Executor executor;

  public Checkout(Executor executor) {
    this.executor = executor;
  }

  /** Three fields: a long, a String and a boolean, as in the event benchmarks. */
  @Instrument
  public long place(long orderId, String customer, boolean express) {
    return express ? orderId * 31 + customer.length() : orderId + customer.length();
  }

  /** Completes on the executor's thread. */
  @Instrument
  public CompletableFuture<Long> placeAsync(long orderId, String customer, boolean express) {
    return CompletableFuture.supplyAsync(() -> orderId + customer.length(), executor);
  }

  /** Returns a future that is already complete: no hand-off to another thread. */
  @Instrument
  public CompletableFuture<Long> placeCompleted(long orderId, String customer, boolean express) {
    return CompletableFuture.completedFuture(orderId + customer.length());
  }
}
