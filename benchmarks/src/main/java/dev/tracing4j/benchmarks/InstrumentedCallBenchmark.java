package dev.tracing4j.benchmarks;

import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.format.SpanEvents;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * A method call, plain and through its generated wrapper: with tracing disabled, with a registry
 * whose layer drops everything, and with fmt and json writing each span's close (busy and idle)
 * to a stream that discards; on one thread, and the same on two threads at once
 * ({@code callOnTwoThreads}) for how it scales.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class InstrumentedCallBenchmark {

  /** What fmt and json write for a traced call: its span's close, with busy and idle time. */
  static final SpanEvents CLOSE = SpanEvents.parse("close");

  @Param({"plain", "disabled", "dropping", "fmt", "json"})
  public String tracing;

  private Checkout checkout;
  private long orderId = 42;
  private String customer = "ada";
  private boolean express = true;

  @Setup
  public void setUp() {
    switch (tracing) {
      case "plain" -> checkout = new Checkout(Runnable::run);
      case "disabled" -> checkout = new InstrumentedCheckout(Runnable::run);
      case "dropping" -> {
        Tracing.setGlobalDefault(Subscribers.droppingEverything());
        checkout = new InstrumentedCheckout(Runnable::run);
      }
      case "fmt" -> {
        Tracing.setGlobalDefault(Subscribers.fmt(OutputStream.nullOutputStream(), CLOSE));
        checkout = new InstrumentedCheckout(Runnable::run);
      }
      case "json" -> {
        Tracing.setGlobalDefault(Subscribers.json(OutputStream.nullOutputStream(), CLOSE));
        checkout = new InstrumentedCheckout(Runnable::run);
      }
      default -> throw new IllegalArgumentException("tracing=" + tracing);
    }
  }

  @Benchmark
  public long call() {
    return checkout.place(orderId, customer, express);
  }

  /** The same call on two threads at once, through the same subscriber. */
  @Benchmark
  @Threads(2)
  public long callOnTwoThreads() {
    return call();
  }
}
