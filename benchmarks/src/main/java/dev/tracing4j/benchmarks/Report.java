package dev.tracing4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints JMH's JSON results as Markdown: every measurement with its allocation, then the ratios
 * the project's goals are stated in, all from the same run.
 *
 * <p>Each goal is judged on medians: the median of all measured iterations of each benchmark, so
 * that one iteration stalled by the machine (a shared VM loses its CPU for milliseconds at a time)
 * does not decide a verdict the way it moves a mean. Its range is the one the JVMs of the run
 * allow: from the least to the most favourable pairing of the benchmarks' per-JVM medians, since
 * JVMs disagree far more than the iterations of one JVM do. A verdict whose range reaches across
 * the goal says so. JMH's mean and error are printed beside the medians.
 *
 * <pre>
 * java -cp benchmarks.jar dev.tracing4j.benchmarks.Report results.json
 * </pre>
 */
public final class Report {

  /**
   * One benchmark with its parameters: JMH's mean ns/op and error, the median of all iterations,
   * the lowest and highest median of one JVM, and bytes allocated per op.
   */
  record Result(String name, double mean, double error, double median, double lowestJvm,
      double highestJvm, double bytes) {

    /** Reads a run as JMH writes it; without raw iterations, the mean stands for every median. */
    static Result of(String name, JsonNode metric, double bytes) {
      double mean = metric.get("score").asDouble();
      double error = metric.get("scoreError").asDouble();
      List<Double> all = new ArrayList<>();
      List<Double> perJvm = new ArrayList<>();
      for (JsonNode fork : metric.path("rawData")) {
        List<Double> iterations = new ArrayList<>();
        fork.forEach(iteration -> iterations.add(iteration.asDouble()));
        if (!iterations.isEmpty()) {
          all.addAll(iterations);
          perJvm.add(median(iterations));
        }
      }
      if (all.isEmpty()) {
        return new Result(name, mean, error, mean, mean, mean, bytes);
      }
      return new Result(name, mean, error, median(all),
          Collections.min(perJvm), Collections.max(perJvm), bytes);
    }

    private static double median(List<Double> values) {
      List<Double> sorted = new ArrayList<>(values);
      Collections.sort(sorted);
      int middle = sorted.size() / 2;
      return sorted.size() % 2 == 1 ? sorted.get(middle)
          : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
  }

  /** A measured quantity with the range the run's JVMs allow. */
  private record Estimate(double value, double low, double high) {
    static Estimate ratio(Result peer, Result ours) {
      return new Estimate(peer.median() / ours.median(), peer.lowestJvm() / ours.highestJvm(),
          peer.highestJvm() / ours.lowestJvm());
    }

    static Estimate difference(Result ours, Result floor) {
      return new Estimate(ours.median() - floor.median(), ours.lowestJvm() - floor.highestJvm(),
          ours.highestJvm() - floor.lowestJvm());
    }
  }

  private static final String SPAN = "InstrumentedCallBenchmark.call[dropping]";
  private static final String FMT_EVENT = "EventBenchmark.event[fmt]";
  private static final String JSON_EVENT = "EventBenchmark.event[json]";
  private static final String ENTER_EXIT = "ContextBenchmark.spanEnterExit";
  /** How much more two threads must do than one: 1.8x on 2 cores. */
  private static final double SCALING = 1.8;

  private final Map<String, Result> results = new LinkedHashMap<>();

  Report(JsonNode runs) {
    for (JsonNode run : runs) {
      String benchmark = run.get("benchmark").asText();
      String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1)
          + 1);
      JsonNode params = run.get("params");
      if (params != null) {
        name += params.elements().hasNext() ? "[" + params.elements().next().asText() + "]" : "";
      }
      JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
      results.put(name, Result.of(name, run.get("primaryMetric"),
          alloc.isMissingNode() ? Double.NaN : alloc.get("score").asDouble()));
    }
  }

  public static void main(String[] args) throws IOException {
    JsonNode runs = new ObjectMapper().readTree(Files.readString(Path.of(args[0])));
    System.out.print(new Report(runs).markdown());
  }

  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("Machine: ").append(machine()).append("\n\n");
    out.append("| benchmark | median ns/op | JVMs | mean ns/op | ± | B/op |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    for (Result r : results.values()) {
      out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f-%.1f | %.1f | %.1f | %s |%n",
          r.name(), r.median(), r.lowestJvm(), r.highestJvm(), r.mean(), r.error(),
          Double.isNaN(r.bytes()) ? "?" : String.format(Locale.ROOT, "%.0f", r.bytes())));
    }
    out.append("\n| goal | measured | met |\n|---|---|---|\n");
    atMost(out, "disabled wrapper within 1 ns of the plain call",
        "InstrumentedCallBenchmark.call[disabled]", "InstrumentedCallBenchmark.call[plain]", 1.0);
    allocation(out, "disabled wrapper allocates nothing", "InstrumentedCallBenchmark.call[disabled]");
    allocation(out, "disabled event allocates nothing", "EventBenchmark.event[disabled]");
    atLeast(out, "fmt event at least 5x faster than Log4j2's PatternLayout through LogBuilder",
        "Log4j2Benchmark.event[pattern_builder]", FMT_EVENT, 5);
    atLeast(out, "fmt event at least 5x faster than Log4j2's PatternLayout with a StringMapMessage",
        "Log4j2Benchmark.event[pattern_map]", FMT_EVENT, 5);
    allocation(out, "fmt event allocates nothing", FMT_EVENT);
    atLeast(out, "json event at least 8x faster than Log4j2's JsonTemplateLayout",
        "Log4j2Benchmark.event[json_template]", JSON_EVENT, 8);
    atLeast(out, "json event at least 4x faster than logstash-logback-encoder",
        "LogbackBenchmark.event[logstash_json]", JSON_EVENT, 4);
    allocation(out, "json event allocates nothing", JSON_EVENT);
    atLeast(out, "enabled span at least 10x cheaper than the OpenTelemetry SDK span",
        "OpenTelemetryBenchmark.span[sdk_always_on]", SPAN, 10);
    atLeast(out, "enabled span no dearer than a JFR event with three fields",
        "JfrBenchmark.call", SPAN, 1);
    allocation(out, "enabled span allocates nothing", SPAN);
    atLeast(out, "span enter/exit at least 2x faster than Log4j2's ThreadContext put/remove",
        "ContextBenchmark.threadContextPutRemove", ENTER_EXIT, 2);
    allocation(out, "span enter/exit allocates nothing", ENTER_EXIT);
    scaling(out, "enabled spans on 2 threads at least 1.8x the throughput of 1", SPAN,
        "InstrumentedCallBenchmark.callOnTwoThreads[dropping]");
    scaling(out, "fmt events on 2 threads at least 1.8x the throughput of 1", FMT_EVENT,
        "EventBenchmark.eventOnTwoThreads[fmt]");
    scaling(out, "json events on 2 threads at least 1.8x the throughput of 1", JSON_EVENT,
        "EventBenchmark.eventOnTwoThreads[json]");
    atMostTimes(out, "async call with a completed future at most 2x the instrumented sync call",
        "AsyncBenchmark.callCompleted[instrumented]", SPAN, 2);
    atMostTimes(out, "async call with a thread hand-off: instrumented at most 3% dearer",
        "AsyncBenchmark.callAsync[instrumented]", "AsyncBenchmark.callAsync[plain]", 1.03);
    out.append("\nFor reference (peer ÷ tracing4j, medians of the same run):\n\n");
    reference(out, "OpenTelemetry always-off sampler vs disabled wrapper",
        "OpenTelemetryBenchmark.span[sdk_always_off]", "InstrumentedCallBenchmark.call[disabled]");
    reference(out, "OpenTelemetry API no-op vs disabled wrapper",
        "OpenTelemetryBenchmark.span[api_noop]", "InstrumentedCallBenchmark.call[disabled]");
    reference(out, "SLF4J disabled debug vs disabled event",
        "LogbackBenchmark.event[disabled_debug]", "EventBenchmark.event[disabled]");
    reference(out, "fmt event: Logback pattern vs tracing4j", "LogbackBenchmark.event[pattern]",
        FMT_EVENT);
    reference(out, "Log4j2 disabled debug vs disabled event",
        "Log4j2Benchmark.event[disabled_debug]", "EventBenchmark.event[disabled]");
    reference(out, "SLF4J info event: Logback pattern vs tracing4j-slf4j through fmt",
        "LogbackBenchmark.event[pattern]", "Slf4jBenchmark.event[fmt]");
    reference(out, "SLF4J disabled debug: Logback vs tracing4j-slf4j",
        "LogbackBenchmark.event[disabled_debug]", "Slf4jBenchmark.event[disabled_debug]");
    reference(out, "MDC put/remove vs span enter/exit",
        "ContextBenchmark.mdcPutRemove", "ContextBenchmark.spanEnterExit");
    reference(out, "async call plain vs instrumented",
        "AsyncBenchmark.callAsync[plain]", "AsyncBenchmark.callAsync[instrumented]");
    reference(out, "async call with a completed future, plain vs instrumented",
        "AsyncBenchmark.callCompleted[plain]", "AsyncBenchmark.callCompleted[instrumented]");
    return out.toString();
  }

  /** A goal that {@code peer} takes at least {@code factor} times as long as {@code ours}. */
  private void atLeast(StringBuilder out, String goal, String peer, String ours, double factor) {
    Result a = results.get(peer);
    Result b = results.get(ours);
    if (a == null || b == null) {
      notMeasured(out, goal);
      return;
    }
    Estimate ratio = Estimate.ratio(a, b);
    out.append(String.format(Locale.ROOT,
        "| %s | %.1f ns vs %.1f ns = %.2fx (%.2fx to %.2fx) | %s |%n", goal, a.median(),
        b.median(), ratio.value(), ratio.low(), ratio.high(),
        verdict(ratio.value() >= factor, ratio.low() < factor && ratio.high() >= factor)));
  }

  /** A goal that {@code ours} takes at most {@code factor} times as long as {@code base}. */
  private void atMostTimes(StringBuilder out, String goal, String ours, String base,
      double factor) {
    Result a = results.get(ours);
    Result b = results.get(base);
    if (a == null || b == null) {
      notMeasured(out, goal);
      return;
    }
    Estimate ratio = Estimate.ratio(a, b);
    out.append(String.format(Locale.ROOT,
        "| %s | %.1f ns vs %.1f ns = %.2fx (%.2fx to %.2fx) | %s |%n", goal, a.median(),
        b.median(), ratio.value(), ratio.low(), ratio.high(),
        verdict(ratio.value() <= factor, ratio.low() <= factor && ratio.high() > factor)));
  }

  /**
   * A goal that two threads together do at least {@link #SCALING} times the work of one. JMH
   * reports each thread's time per operation, so two threads' throughput over one thread's is
   * {@code 2 * one / two}.
   */
  private void scaling(StringBuilder out, String goal, String oneThread, String twoThreads) {
    Result one = results.get(oneThread);
    Result two = results.get(twoThreads);
    if (one == null || two == null) {
      notMeasured(out, goal);
      return;
    }
    Estimate ratio = Estimate.ratio(one, two);
    double value = 2 * ratio.value();
    double low = 2 * ratio.low();
    double high = 2 * ratio.high();
    out.append(String.format(Locale.ROOT,
        "| %s | %.1f ns per op on 1 thread, %.1f ns per op and thread on 2 = %.2fx (%.2fx to"
            + " %.2fx) | %s |%n", goal, one.median(), two.median(), value, low, high,
        verdict(value >= SCALING, low < SCALING && high >= SCALING)));
  }

  /** A goal that {@code ours} costs at most {@code nanos} more than {@code floor}. */
  private void atMost(StringBuilder out, String goal, String ours, String floor, double nanos) {
    Result a = results.get(ours);
    Result b = results.get(floor);
    if (a == null || b == null) {
      notMeasured(out, goal);
      return;
    }
    Estimate difference = Estimate.difference(a, b);
    out.append(String.format(Locale.ROOT, "| %s | %+.2f ns (%+.2f to %+.2f) | %s |%n", goal,
        difference.value(), difference.low(), difference.high(),
        verdict(difference.value() <= nanos,
            difference.low() <= nanos && difference.high() > nanos)));
  }

  /** Met or not on the medians; and whether the JVMs' spread reaches across the goal. */
  private static String verdict(boolean met, boolean withinSpread) {
    String answer = met ? "yes" : "**no**";
    return withinSpread ? answer + ", within the JVMs' spread" : answer;
  }

  private static void notMeasured(StringBuilder out, String goal) {
    out.append("| ").append(goal).append(" | not measured in this run | ? |\n");
  }

  private void allocation(StringBuilder out, String goal, String name) {
    Result r = results.get(name);
    if (r == null || Double.isNaN(r.bytes())) {
      notMeasured(out, goal);
      return;
    }
    out.append(String.format(Locale.ROOT, "| %s | %.0f B/op | %s |%n", goal, r.bytes(),
        r.bytes() < 0.5 ? "yes" : "**no**"));
  }

  private void reference(StringBuilder out, String what, String peer, String ours) {
    Result a = results.get(peer);
    Result b = results.get(ours);
    if (a != null && b != null) {
      out.append("- ").append(what).append(": ").append(ratio(a, b)).append('\n');
    }
  }

  private static String ratio(Result peer, Result ours) {
    return String.format(Locale.ROOT, "%.1f ns vs %.1f ns = %.2fx", peer.median(),
        ours.median(), peer.median() / ours.median());
  }

  private static String machine() {
    String cpu = "";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name")).findFirst()
          .map(line -> line.substring(line.indexOf(':') + 1).trim() + ", ").orElse("");
    } catch (IOException | RuntimeException unavailable) {
      // not Linux: the JVM's view below is enough
    }
    return cpu + Runtime.getRuntime().availableProcessors() + " CPUs, "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
        + Runtime.version();
  }
}
