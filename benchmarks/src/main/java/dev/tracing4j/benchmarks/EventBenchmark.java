package dev.tracing4j.benchmarks;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Tracer;
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
 * An event with three fields (a long, a String, a boolean): at debug under an info filter
 * (disabled), and at info through fmt and json to a stream that discards; on one thread, and the
 * same on two threads at once ({@code eventOnTwoThreads}) for how it scales.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventBenchmark {

  @Param({"disabled", "fmt", "json"})
  public String output;

  private final Tracer log = Tracer.of("com.shop.OrderService");
  private Level level;
  private long orderId = 42;
  private String customer = "ada";
  private boolean ok = true;

  @Setup
  public void setUp() {
    OutputStream discard = OutputStream.nullOutputStream();
    Tracing.setGlobalDefault(output.equals("json")
        ? Subscribers.json(discard, SpanEvents.NONE) : Subscribers.fmt(discard, SpanEvents.NONE));
    level = output.equals("disabled") ? Level.DEBUG : Level.INFO;
  }

  @Benchmark
  public void event() {
    log.at(level).field("order.id", orderId).field("customer", customer).field("ok", ok)
        .log("placed");
  }

  /** The same event on two threads at once, into the same subscriber and output. */
  @Benchmark
  @Threads(2)
  public void eventOnTwoThreads() {
    event();
  }
}
