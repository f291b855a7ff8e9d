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
    run("LogbackBenchmark.event", "pattern", 1464, jvm(320, 330, 340), jvm(330, 340, 350));
    run("EventBenchmark.event", "fmt", 0, jvm(105, 110, 115), jvm(110, 115, 120));

    assertEquals("| fmt event at least 2x faster than Logback with a pattern layout "
        + "| 335.0 ns vs 112.5 ns = 2.98x (2.87x to 3.09x) | yes |",
        line("fmt event at least 2x faster"));
  }

  @Test
  void oneStalledIterationMovesTheMeanButNotTheVerdict() {
    run("LogbackBenchmark.event", "pattern", 1464, jvm(330, 330, 330, 330, 330),
        jvm(7000, 330, 330, 330, 330));
    run("EventBenchmark.event", "fmt", 0, jvm(150, 150, 150, 150, 150),
        jvm(150, 150, 150, 150, 150));

    assertTrue(line("fmt event at least 2x faster").endsWith("= 2.20x (2.20x to 2.20x) | yes |"));
    assertEquals("| LogbackBenchmark.event[pattern] | 330.0 | 330.0-330.0 | 997.0 | 1.0 | 1464 |",
        line("LogbackBenchmark.event[pattern]"));
  }

  @Test
  void aRatioMetOnTheMediansButNotByEveryJvmSaysSo() {
    run("LogbackBenchmark.event", "pattern", 1464, jvm(300, 310, 320), jvm(340, 350, 360));
    run("EventBenchmark.event", "fmt", 0, jvm(150, 155, 160), jvm(160, 165, 170));

    assertTrue(line("fmt event at least 2x faster")
        .endsWith("= 2.06x (1.88x to 2.26x) | yes, within the JVMs' spread |"));
  }

  @Test
  void aRatioBelowTheGoalInEveryJvmIsMissed() {
    run("OpenTelemetryBenchmark.span", "sdk_always_on", 1063, jvm(195, 200, 205));
    run("InstrumentedCallBenchmark.call", "dropping", 232, jvm(58, 60, 62));

    assertTrue(line("enabled span at least 5x cheaper")
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

    assertEquals("| fmt event at least 2x faster than Logback with a pattern layout "
        + "| not measured in this run | ? |", line("fmt event at least 2x faster"));
  }
}
