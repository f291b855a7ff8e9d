package dev.tracing4j.benchmarks;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.OutputStreamAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.layout.template.json.JsonTemplateLayout;
import org.apache.logging.log4j.message.MapMessage;
import org.apache.logging.log4j.message.StringMapMessage;
import org.apache.logging.log4j.util.Unbox;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The same event through Log4j2's own API (not SLF4J), with its garbage-free settings, to an
 * {@code OutputStreamAppender} on a stream that discards: a disabled debug call; an info event
 * through {@code PatternLayout}, called with {@code LogBuilder}'s {@code {}} parameters
 * ({@code pattern_builder}) or with a {@code StringMapMessage} ({@code pattern_map}); and an
 * info event through {@code JsonTemplateLayout} with a {@code MapMessage} whose values keep
 * their type ({@code json_template}), laid out as tracing4j's json line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(jvmArgsAppend = {"-Dlog4j2.enableThreadlocals=true", "-Dlog4j2.enableDirectEncoders=true",
    "-Dlog4j2.is.webapp=false", "-Dlog4j2.threadContextMap=GarbageFree"})
public class Log4j2Benchmark {

  /** tracing4j's fmt line: UTC time in microseconds, level in five columns, target, message. */
  static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSSSS}{UTC}Z %5level %logger: %msg%n";
  /** tracing4j's json line: timestamp, level, target, thread and the fields with their types. */
  static final String JSON_TEMPLATE = "classpath:log4j2-benchmark-event.json";

  @Param({"disabled_debug", "pattern_builder", "pattern_map", "json_template"})
  public String setup;

  private LoggerContext context;
  private Logger logger;
  private long orderId = 42;
  private String customer = "ada";
  private boolean ok = true;
  private Runnable call;

  @Setup
  public void setUp() {
    setUp(OutputStream.nullOutputStream());
  }

  /** Sets the benchmark up to write to {@code out}: the setup test reads what it writes. */
  void setUp(OutputStream out) {
    context = configure(setup, out);
    logger = context.getLogger("com.shop.OrderService");
    call = call();
  }

  /** A context of its own, at info, writing to {@code out} with the setup's layout. */
  static LoggerContext configure(String setup, OutputStream out) {
    LoggerContext context = new LoggerContext("benchmark-" + setup);
    Configuration config = new DefaultConfiguration();
    context.start(config);
    Layout<?> layout = setup.equals("json_template")
        ? JsonTemplateLayout.newBuilder().setConfiguration(config)
            .setEventTemplateUri(JSON_TEMPLATE).build()
        : PatternLayout.newBuilder().setConfiguration(config).setPattern(PATTERN).build();
    OutputStreamAppender appender = OutputStreamAppender.newBuilder().setName("discard")
        .setTarget(out).setLayout(layout).setConfiguration(config).build();
    appender.start();
    LoggerConfig root = config.getRootLogger();
    for (String name : new ArrayList<>(root.getAppenders().keySet())) {
      root.removeAppender(name); // the default console appender
    }
    root.addAppender(appender, null, null);
    root.setLevel(Level.INFO);
    context.updateLoggers();
    return context;
  }

  @TearDown
  public void tearDown() {
    context.stop();
  }

  @Benchmark
  public void event() {
    call.run();
  }

  /** The setup's call, chosen once so that the measured method does not test the setup. */
  private Runnable call() {
    return switch (setup) {
      case "disabled_debug" -> () -> logger.atDebug().log(
          "placed order.id={} customer=\"{}\" ok={}", Unbox.box(orderId), customer, Unbox.box(ok));
      case "pattern_builder" -> () -> logger.atInfo().log(
          "placed order.id={} customer=\"{}\" ok={}", Unbox.box(orderId), customer, Unbox.box(ok));
      case "pattern_map" -> () -> logger.info(new StringMapMessage(4).with("message", "placed")
          .with("order.id", orderId).with("customer", customer).with("ok", ok));
      case "json_template" -> () -> logger.info(new MapMessage<>(4).with("message", "placed")
          .with("order.id", orderId).with("customer", customer).with("ok", ok));
      default -> throw new IllegalArgumentException("setup=" + setup);
    };
  }
}
