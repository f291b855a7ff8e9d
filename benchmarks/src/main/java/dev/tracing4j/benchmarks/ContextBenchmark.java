package dev.tracing4j.benchmarks;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.apache.logging.log4j.ThreadContext;
import org.slf4j.MDC;

/**
 * Putting a request id into the current context and taking it out: Logback's MDC put/remove and
 * Log4j2's {@code ThreadContext} put/remove (its garbage-free map), beside entering and exiting an
 * existing tracing4j span (registry with a dropping layer).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(jvmArgsAppend = {"-Dlog4j2.enableThreadlocals=true", "-Dlog4j2.is.webapp=false",
    "-Dlog4j2.threadContextMap=GarbageFree"})
public class ContextBenchmark {

  private Span span;
  private String requestId = "r-1";

  @Setup
  public void setUp() {
    Tracing.setGlobalDefault(Subscribers.droppingEverything());
    span = Tracer.of("bench").span(Level.INFO, "request").field("request.id", requestId).start();
  }

  @TearDown
  public void tearDown() {
    span.close();
  }

  @Benchmark
  public void mdcPutRemove() {
    MDC.put("request.id", requestId);
    MDC.remove("request.id");
  }

  @Benchmark
  public void threadContextPutRemove() {
    ThreadContext.put("request.id", requestId);
    ThreadContext.remove("request.id");
  }

  @Benchmark
  public void spanEnterExit() {
    span.enter().close();
  }
}
