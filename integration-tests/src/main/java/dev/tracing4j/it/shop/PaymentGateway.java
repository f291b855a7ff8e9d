package dev.tracing4j.it.shop;

import dev.tracing4j.Instrument;
import dev.tracing4j.runtime.Tracer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/** Async methods whose futures complete on other threads, later. */
public class PaymentGateway {
  private static final Tracer log = Tracer.of(PaymentGateway.class);
  private final Executor executor;

  public PaymentGateway(Executor executor) {
    this.executor = executor;
  }

  /** Completes with "charged:cents" on the executor, or fails for negative amounts. */
  @Instrument(ret = true, err = true)
  public CompletableFuture<String> charge(long cents) {
    log.atInfo().log("charging");
    return CompletableFuture.supplyAsync(() -> {
      if (cents < 0) {
        throw new IllegalArgumentException("negative amount " + cents);
      }
      return "charged:" + cents;
    }, executor);
  }

  /** Never completes unless cancelled or completed by the caller. */
  @Instrument(ret = true, err = true)
  public CompletableFuture<String> pending(CompletableFuture<String> source) {
    return source;
  }

  @Instrument(ret = true)
  public CompletionStage<Integer> refund(long cents) {
    return CompletableFuture.supplyAsync(() -> (int) cents, executor);
  }

  @Instrument(err = true)
  public CompletableFuture<String> rejectSynchronously(long cents) {
    throw new IllegalStateException("gateway down");
  }

  /** A subtype of CompletableFuture: returned as is, the span closes with it. */
  public static class Hold extends CompletableFuture<String> {}

  @Instrument(ret = true)
  public Hold hold(long cents) {
    return new Hold();
  }

  @Instrument
  public CompletableFuture<String> nothing() {
    return null;
  }
}
