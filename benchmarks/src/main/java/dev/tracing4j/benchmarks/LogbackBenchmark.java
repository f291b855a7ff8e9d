package dev.tracing4j.benchmarks;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import net.logstash.logback.encoder.LogstashEncoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.slf4j.Logger;

/**
 * The same event with SLF4J 2's fluent API and three key-values: a disabled debug call, and an
 * info event through Logback with a pattern layout, or logstash-logback-encoder's JSON encoder,
 * to a stream that discards.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LogbackBenchmark {

  /** As close to tracing4j's fmt line as a pattern gets: time, level, thread, logger, message, key-values. */
  static final String PATTERN = "%d{ISO8601,UTC} %5level [%thread] %logger: %msg %kvp%n";

  @Param({"disabled_debug", "pattern", "logstash_json"})
  public String setup;

  private LoggerContext context;
  private Logger logger;
  private org.slf4j.event.Level level;
  private long orderId = 42;
  private String customer = "ada";
  private boolean ok = true;

  @Setup
  public void setUp() {
    context = configure(setup, OutputStream.nullOutputStream());
    logger = context.getLogger("com.shop.OrderService");
    level = setup.equals("disabled_debug") ? org.slf4j.event.Level.DEBUG : org.slf4j.event.Level.INFO;
  }

  /** A Logback context at info writing to {@code out} with the setup's encoder. */
  static LoggerContext configure(String setup, OutputStream out) {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter()); // a standalone context has none; appends fail
    context.start();
    Encoder<ILoggingEvent> encoder;
    if (setup.equals("logstash_json")) {
      LogstashEncoder json = new LogstashEncoder();
      json.setContext(context);
      encoder = json;
    } else {
      PatternLayoutEncoder pattern = new PatternLayoutEncoder();
      pattern.setContext(context);
      pattern.setPattern(PATTERN);
      encoder = pattern;
    }
    encoder.start();
    OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    appender.setContext(context);
    appender.setEncoder(encoder);
    appender.setOutputStream(out);
    appender.start();
    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(appender);
    return context;
  }

  @TearDown
  public void tearDown() {
    context.stop();
  }

  @Benchmark
  public void event() {
    logger.atLevel(level).addKeyValue("order.id", orderId).addKeyValue("customer", customer)
        .addKeyValue("ok", ok).log("placed");
  }
}
