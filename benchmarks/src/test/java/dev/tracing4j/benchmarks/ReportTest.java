package dev.tracing4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The report judges each goal on the medians of all iterations and gives the range the per-JVM
 * medians allow, saying when that range reaches across the goal.
 */
class ReportTest {

  private final ObjectMapper json = new ObjectMapper();
  private final ArrayNode runs = json.createArrayNode();

  /**
   * Adds a run as JMH writes it: {@code dev.tracing4j.benchmarks.<name>} with one parameter and
   * each fork's iterations; the mean is the plain mean and the error a stand-in.
   */
  private void run(String benchmark, String param, double bytes, double[]... forks) {
    ObjectNode run = runs.addObject();
    run.put("benchmark", "dev.tracing4j.benchmarks." + benchmark);
    if (param != null) {
      run.putObject("params").put("setup", param);
    }
    double sum = 0;
    int count = 0;
    ObjectNode metric = run.putObject("primaryMetric");
    ArrayNode raw = metric.putArray("rawData");
    for (double[] fork : forks) {
      ArrayNode iterations = raw.addArray();
      for (double iteration : fork) {
        iterations.add(iteration);
        sum += iteration;
        count++;
      }
    }
    metric.put("score", sum / count).put("scoreError", 1.0);
    run.putObject("secondaryMetrics").putObject("gc.alloc.rate.norm").put("score", bytes);
  }

  private static double[] jvm(double... iterations) {
    return iterations;
  }

  private String report() {
    return new Report(runs).markdown();
  }

  private String line(String start) {
    return report().lines().filter(line -> line.startsWith("| " + start)).findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + start));
  }

  @Test
  void aRatioWhoseJvmsAllClearTheGoalIsMet() {
    run("Log4j2Benchmark.event", "pattern_builder", 32, jvm(320, 330, 340), jvm(330, 340, 350));
    run("EventBenchmark.event", "fmt", 0, jvm(55, 60, 65), jvm(60, 65, 70));

    assertEquals("| fmt event at least 5x faster than Log4j2's PatternLayout through LogBuilder "
        + "| 335.0 ns vs 62.5 ns = 5.36x (5.08x to 5.67x) | yes |",
        line("fmt event at least 5x faster than Log4j2's PatternLayout through"));
  }

  @Test
  void oneStalledIterationMovesTheMeanButNotTheVerdict() {
    run("Log4j2Benchmark.event", "pattern_builder", 32, jvm(330, 330, 330, 330, 330),
        jvm(7000, 330, 330, 330, 330));
    run("EventBenchmark.event", "fmt", 0, jvm(60, 60, 60, 60, 60), jvm(60, 60, 60, 60, 60));

    assertTrue(line("fmt event at least 5x faster than Log4j2's PatternLayout through")
        .endsWith("= 5.50x (5.50x to 5.50x) | yes |"));
    assertEquals("| Log4j2Benchmark.event[pattern_builder] | 330.0 | 330.0-330.0 | 997.0 | 1.0 | 32 |",
        line("Log4j2Benchmark.event[pattern_builder]"));
  }

  @Test
  void aRatioMetOnTheMediansButNotByEveryJvmSaysSo() {
    run("Log4j2Benchmark.event", "pattern_map", 120, jvm(300, 310, 320), jvm(340, 350, 360));
    run("EventBenchmark.event", "fmt", 0, jvm(60, 62, 64), jvm(64, 66, 68));

    assertTrue(line("fmt event at least 5x faster than Log4j2's PatternLayout with")
        .endsWith("= 5.16x (4.70x to 5.65x) | yes, within the JVMs' spread |"));
  }

  @Test
  void aRatioBelowTheGoalInEveryJvmIsMissed() {
    run("OpenTelemetryBenchmark.span", "sdk_always_on", 1063, jvm(195, 200, 205));
    run("InstrumentedCallBenchmark.call", "dropping", 232, jvm(58, 60, 62));

    assertTrue(line("enabled span at least 10x cheaper")
        .endsWith("= 3.33x (3.33x to 3.33x) | **no** |"));
  }

  @Test
  void theWrapperOverheadIsJudgedAcrossBothBenchmarksJvms() {
    run("InstrumentedCallBenchmark.call", "plain", 0, jvm(1.0, 1.0, 1.0), jvm(1.4, 1.4, 1.4));
    run("InstrumentedCallBenchmark.call", "disabled", 0, jvm(1.8, 1.8, 1.8), jvm(2.2, 2.2, 2.2));

    assertEquals("| disabled wrapper within 1 ns of the plain call | +0.80 ns (+0.40 to +1.20) "
        + "| yes, within the JVMs' spread |", line("disabled wrapper within 1 ns"));
  }

  @Test
  void aRunWithoutIterationsIsJudgedOnItsMean() {
    ObjectNode run = runs.addObject();
    run.put("benchmark", "dev.tracing4j.benchmarks.EventBenchmark.event");
    run.putObject("params").put("output", "disabled");
    run.putObject("primaryMetric").put("score", 1.5).put("scoreError", 0.1);

    assertEquals("| EventBenchmark.event[disabled] | 1.5 | 1.5-1.5 | 1.5 | 0.1 | ? |",
        line("EventBenchmark.event[disabled]"));
  }

  @Test
  void aGoalWithoutItsBenchmarksIsNotMeasured() {
    run("EventBenchmark.event", "fmt", 0, jvm(110));

    assertEquals("| fmt event at least 5x faster than Log4j2's PatternLayout through LogBuilder "
        + "| not measured in this run | ? |",
        line("fmt event at least 5x faster than Log4j2's PatternLayout through"));
  }

  @Test
  void scalingIsTheThroughputOfTwoThreadsOverThatOfOne() {
    run("InstrumentedCallBenchmark.call", "dropping", 0, jvm(60, 60, 60));
    run("InstrumentedCallBenchmark.callOnTwoThreads", "dropping", 0, jvm(64, 64, 64));
    run("EventBenchmark.event", "fmt", 0, jvm(60, 60, 60));
    run("EventBenchmark.eventOnTwoThreads", "fmt", 0, jvm(80, 80, 80));

    assertEquals("| enabled spans on 2 threads at least 1.8x the throughput of 1 | 60.0 ns per op"
        + " on 1 thread, 64.0 ns per op and thread on 2 = 1.88x (1.88x to 1.88x) | yes |",
        line("enabled spans on 2 threads"));
    assertTrue(line("fmt events on 2 threads").endsWith("= 1.50x (1.50x to 1.50x) | **no** |"));
    assertEquals("| json events on 2 threads at least 1.8x the throughput of 1 "
        + "| not measured in this run | ? |", line("json events on 2 threads"));
  }

  @Test
  void anOverheadGoalIsMetWhenOursTakesAtMostItsFactorOfTheBase() {
    run("AsyncBenchmark.callAsync", "plain", 183, jvm(30000, 30000, 30000));
    run("AsyncBenchmark.callAsync", "instrumented", 673, jvm(30600, 30600, 30600));
    run("AsyncBenchmark.callCompleted", "instrumented", 0, jvm(150, 150, 150));
    run("InstrumentedCallBenchmark.call", "dropping", 0, jvm(60, 60, 60));

    assertTrue(line("async call with a thread hand-off")
        .endsWith("= 1.02x (1.02x to 1.02x) | yes |"), line("async call with a thread hand-off"));
    assertTrue(line("async call with a completed future")
        .endsWith("= 2.50x (2.50x to 2.50x) | **no** |"));
  }

  @Test
  void anAllocationGoalIsMetOnlyAtZeroBytes() {
    run("ContextBenchmark.spanEnterExit", null, 24, jvm(10));
    run("EventBenchmark.event", "json", 0.2, jvm(200));

    assertEquals("| span enter/exit allocates nothing | 24 B/op | **no** |",
        line("span enter/exit allocates nothing"));
    assertEquals("| json event allocates nothing | 0 B/op | yes |",
        line("json event allocates nothing"));
  }
}
