package dev.tracing4j.opentelemetry;

import dev.tracing4j.Instrument;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Instrumented methods for the tests: the processor writes {@code InstrumentedPayments}. */
public class Payments {

  /** Fails with an {@link IllegalStateException} for a negative amount. */
  @Instrument(err = true)
  public long charge(long amount) {
    if (amount < 0) {
      throw new IllegalStateException("negative amount " + amount);
    }
    return amount;
  }

  /** A server handler that continues its caller's trace. */
  @Instrument(fields = {"otel.kind = \"server\"", "otel.parent = traceparent"}, skip = "traceparent")
  public String handle(String traceparent) {
    return OpenTelemetrySpans.traceparent(dev.tracing4j.runtime.Span.current());
  }

  /** Completes on {@code executor}: with the amount, or exceptionally for a negative one. */
  @Instrument(err = true, ret = true, skip = "executor")
  public CompletableFuture<Long> chargeLater(long amount, Executor executor) {
    return CompletableFuture.supplyAsync(() -> {
      if (amount < 0) {
        throw new IllegalArgumentException("negative amount " + amount);
      }
      return amount;
    }, executor);
  }
}
