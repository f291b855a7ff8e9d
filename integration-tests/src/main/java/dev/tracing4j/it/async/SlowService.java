package dev.tracing4j.it.async;

import dev.tracing4j.Instrument;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * An async method whose future completes inside the task that carries its span: the completion
 * asks for the close while that task still has the span entered.
 */
public class SlowService {

  @Instrument(skip = "executor")
  public CompletableFuture<String> slow(Executor executor) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "x";
    }, executor);
  }
}
