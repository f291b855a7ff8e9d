package dev.tracing4j.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Category;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Recording;
import jdk.jfr.StackTrace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JVM's own event recorder beside an enabled span: the same call inside a custom JFR event
 * with the call's three parameters as fields, begun before and committed after it, while a
 * recording of that event runs (no threshold, no stack trace, as a span records none).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JfrBenchmark {

  /** The span's counterpart: the method's three parameters as the event's fields. */
  @Name("dev.tracing4j.benchmarks.Place")
  @Label("place")
  @Category("tracing4j benchmarks")
  @StackTrace(false)
  static final class PlaceEvent extends Event {
    @Label("order id")
    long orderId;
    @Label("customer")
    String customer;
    @Label("express")
    boolean express;
  }

  private final Checkout checkout = new Checkout(Runnable::run);
  private Recording recording;
  private long orderId = 42;
  private String customer = "ada";
  private boolean express = true;

  @Setup
  public void setUp() {
    recording = startRecording();
  }

  /**
   * A recording of the event alone, kept to disk in a bounded repository, as a service running
   * with JFR on keeps it.
   */
  static Recording startRecording() {
    Recording recording = new Recording();
    recording.enable(PlaceEvent.class).withoutStackTrace().withThreshold(Duration.ZERO);
    recording.setToDisk(true);
    recording.setMaxSize(64L << 20);
    recording.start();
    return recording;
  }

  @TearDown
  public void tearDown() {
    recording.close();
  }

  @Benchmark
  public long call() {
    return place(checkout, orderId, customer, express);
  }

  /** The measured call: begin, the work, the fields, commit. */
  static long place(Checkout checkout, long orderId, String customer, boolean express) {
    PlaceEvent event = new PlaceEvent();
    event.begin();
    long result = checkout.place(orderId, customer, express);
    event.orderId = orderId;
    event.customer = customer;
    event.express = express;
    event.commit();
    return result;
  }
}
