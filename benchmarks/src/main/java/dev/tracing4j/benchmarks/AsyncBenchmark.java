package dev.tracing4j.benchmarks;

import dev.tracing4j.runtime.Tracing;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * An async method whose future completes on another thread, awaited ({@code callAsync}), and one
 * whose future is already complete when it returns ({@code callCompleted}): plain, and
 * instrumented with a registry whose layer drops everything (the span stays open until
 * completion).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AsyncBenchmark {

  @Param({"plain", "instrumented"})
  public String tracing;

  private ExecutorService executor;
  private Checkout checkout;

  @Setup
  public void setUp() {
    executor = Executors.newSingleThreadExecutor();
    if (tracing.equals("plain")) {
      checkout = new Checkout(executor);
    } else {
      Tracing.setGlobalDefault(Subscribers.droppingEverything());
      checkout = new InstrumentedCheckout(executor);
    }
  }

  @TearDown
  public void tearDown() {
    executor.shutdownNow();
  }

  @Benchmark
  public long callAsync() {
    return checkout.placeAsync(42, "ada", true).join();
  }

  @Benchmark
  public long callCompleted() {
    return checkout.placeCompleted(42, "ada", true).join();
  }
}
