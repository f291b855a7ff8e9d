package dev.tracing4j.demo;

import dev.tracing4j.Instrument;
import dev.tracing4j.runtime.Tracing;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Charges cards through a slow bank: the wait shows as idle time of the charge span. */
public class Payments {
  private final Executor bank;

  public Payments(long bankLatencyMillis) {
    // The bank answers after a delay, on a thread of its own: the span goes along with the call.
    this.bank = Tracing.propagating(
        CompletableFuture.delayedExecutor(bankLatencyMillis, TimeUnit.MILLISECONDS));
  }

  @Instrument(ret = true, err = true)
  public CompletableFuture<String> charge(String customer, long cents) {
    return CompletableFuture.supplyAsync(() -> {
      Work.busy(2);
      if (customer.equals("mallory")) {
        throw new IllegalStateException("card declined for " + customer);
      }
      return "pay-" + Math.abs((customer + cents).hashCode() % 10_000);
    }, bank);
  }
}
