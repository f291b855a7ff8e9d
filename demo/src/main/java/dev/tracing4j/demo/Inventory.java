package dev.tracing4j.demo;

import dev.tracing4j.Instrument;
import dev.tracing4j.runtime.Tracer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Reserves items on the worker pool, one at a time. */
public class Inventory {
  private static final Tracer log = Tracer.of(Inventory.class);
  private final Executor workers;

  public Inventory(Executor workers) {
    this.workers = workers;
  }

  @Instrument(skip = "items", fields = "items = items.size()")
  public CompletableFuture<Integer> reserve(List<String> items) {
    return CompletableFuture.supplyAsync(() -> {
      for (String sku : items) {
        Work.busy(4);
        log.atInfo().field("sku", sku).log("reserved");
      }
      return items.size();
    }, workers);
  }
}
