package com.shop;

import dev.tracing4j.Instrument;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

public class Payments {
  public static class Charge<T> extends CompletableFuture<T> {}

  @Instrument(ret = true, err = true)
  public CompletableFuture<String> charge(long cents) {
    return CompletableFuture.completedFuture("ok");
  }

  @Instrument
  public CompletionStage<Void> refund(long cents) {
    return CompletableFuture.completedFuture(null);
  }

  @Instrument
  public Charge<String> hold(long cents) {
    return new Charge<>();
  }
}
