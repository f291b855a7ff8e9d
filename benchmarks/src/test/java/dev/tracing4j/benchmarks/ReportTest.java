package dev.tracing4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The report judges each goal on the means and says when the error bars reach across it. */
class ReportTest {

  private final ObjectMapper json = new ObjectMapper();
  private final ArrayNode runs = json.createArrayNode();

  /** Adds a run as JMH writes it: {@code dev.tracing4j.benchmarks.<name>} with one parameter. */
  private void run(String benchmark, String param, double score, double error, double bytes) {
    ObjectNode run = runs.addObject();
    run.put("benchmark", "dev.tracing4j.benchmarks." + benchmark);
    if (param != null) {
      run.putObject("params").put("setup", param);
    }
    run.putObject("primaryMetric").put("score", score).put("scoreError", error);
    run.putObject("secondaryMetrics").putObject("gc.alloc.rate.norm").put("score", bytes);
  }

  private String goalLine(String goal) {
    return new Report(runs).markdown().lines().filter(line -> line.startsWith("| " + goal))
        .findFirst().orElseThrow(() -> new AssertionError("no line for " + goal));
  }

  @Test
  void aRatioWhoseErrorBarsClearTheGoalIsMet() {
    run("LogbackBenchmark.event", "pattern", 330.0, 10.0, 1464);
    run("EventBenchmark.event", "fmt", 110.0, 5.0, 0);

    assertEquals("| fmt event at least 2x faster than Logback with a pattern layout "
        + "| 330.0 ns vs 110.0 ns = 3.00x (2.78x to 3.24x) | yes |",
        goalLine("fmt event at least 2x faster"));
  }

  @Test
  void aRatioMetOnTheMeansButNotOnTheErrorBarsSaysSo() {
    run("LogbackBenchmark.event", "pattern", 330.0, 30.0, 1464);
    run("EventBenchmark.event", "fmt", 160.0, 10.0, 0);

    assertTrue(goalLine("fmt event at least 2x faster")
        .endsWith("= 2.06x (1.76x to 2.40x) | yes, within the error bars |"));
  }

  @Test
  void aRatioBelowTheGoalEvenAtTheTopOfItsErrorBarsIsMissed() {
    run("OpenTelemetryBenchmark.span", "sdk_always_on", 200.0, 5.0, 1063);
    run("InstrumentedCallBenchmark.call", "dropping", 60.0, 2.0, 232);

    assertTrue(goalLine("enabled span at least 5x cheaper")
        .endsWith("= 3.33x (3.15x to 3.53x) | **no** |"));
  }

  @Test
  void theWrapperOverheadIsJudgedWithBothErrorBars() {
    run("InstrumentedCallBenchmark.call", "plain", 1.0, 0.3, 0);
    run("InstrumentedCallBenchmark.call", "disabled", 1.8, 0.3, 0);

    assertEquals("| disabled wrapper within 1 ns of the plain call | +0.80 ns (+0.20 to +1.40) "
        + "| yes, within the error bars |", goalLine("disabled wrapper within 1 ns"));
  }

  @Test
  void aGoalWithoutItsBenchmarksIsNotMeasured() {
    run("EventBenchmark.event", "fmt", 110.0, 5.0, 0);

    assertEquals("| fmt event at least 2x faster than Logback with a pattern layout "
        + "| not measured in this run | ? |", goalLine("fmt event at least 2x faster"));
  }
}
