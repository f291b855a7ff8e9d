package dev.tracing4j.benchmarks;

import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.format.SpanEvents;
import dev.tracing4j.slf4j.TracingServiceProvider;
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
import org.slf4j.Logger;
import org.slf4j.event.Level;

/**
 * {@link LogbackBenchmark}'s SLF4J call, recorded by tracing4j-slf4j instead: a disabled debug
 * call, and an info event through fmt to a stream that discards. The logger comes from the
 * provider itself, so that SLF4J's own lookup, which would find Logback here too, is not involved.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Slf4jBenchmark {

  @Param({"disabled_debug", "fmt"})
  public String setup;

  private Logger logger;
  private Level level;
  private long orderId = 42;
  private String customer = "ada";
  private boolean ok = true;

  @Setup
  public void setUp() {
    Tracing.setGlobalDefault(Subscribers.fmt(OutputStream.nullOutputStream(), SpanEvents.NONE));
    logger = logger("com.shop.OrderService");
    level = setup.equals("disabled_debug") ? Level.DEBUG : Level.INFO;
  }

  /** A logger of the tracing4j provider. */
  static Logger logger(String name) {
    TracingServiceProvider provider = new TracingServiceProvider();
    provider.initialize();
    return provider.getLoggerFactory().getLogger(name);
  }

  @Benchmark
  public void event() {
    logger.atLevel(level).addKeyValue("order.id", orderId).addKeyValue("customer", customer)
        .addKeyValue("ok", ok).log("placed");
  }
}
