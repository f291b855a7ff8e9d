package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertLinesMatch;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static java.util.regex.Pattern.quote;

import dev.tracing4j.it.programs.CheckoutProgram;
import dev.tracing4j.it.programs.ConfiguredGreeterProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a program prints depending only on configuration, run in a fresh JVM each time. */
class ConfigurationIT {

  @Test
  void nothingIsPrintedWhenNothingIsConfigured() throws Exception {
    ProgramRun run = ProgramRun.run(CheckoutProgram.class);
    assertEquals(0, run.exitCode, run.toString());
    assertEquals("", run.stderr);
    assertEquals("", run.stdout);
  }

  @Test
  void theConfiguredSubscriberIsInstalledOnTheFirstCallsiteWithoutCode() throws Exception {
    ProgramRun run = ProgramRun.run(CheckoutProgram.class, "-Dtracing4j.subscriber=fmt",
        "-Dtracing4j.span_events=close");
    assertEquals(0, run.exitCode, run.toString());
    String timing = " time\\.busy=\\d\\S*s time\\.idle=\\d\\S*s";
    assertLinesMatch(List.of(
        "<ts>  INFO handle{request.id=\"r-1\"}:place{order.id=1}: com.shop.Checkout: placed ok=true",
        quote("<ts>  INFO handle{request.id=\"r-1\"}:place{order.id=1}: com.shop.Checkout: close")
            + timing,
        "<ts>  INFO handle{request.id=\"r-1\"}:place{order.id=2}: com.shop.Checkout: placed ok=true",
        quote("<ts>  INFO handle{request.id=\"r-1\"}:place{order.id=2}: com.shop.Checkout: close")
            + timing,
        quote("<ts>  INFO handle{request.id=\"r-1\"}: com.shop.Checkout: close") + timing,
        "<ts>  WARN com.shop.Checkout: done orders=2"), run.stderrLines());
  }

  @Test
  void environmentVariablesWorkAndSystemPropertiesWinOverThem() throws Exception {
    ProgramRun run = ProgramRun.run(CheckoutProgram.class, List.of("-Dtracing4j.filter=warn"),
        Map.of("TRACING4J_SUBSCRIBER", "fmt", "TRACING4J_FILTER", "debug",
            "TRACING4J_OUTPUT", "stdout"));
    assertEquals(0, run.exitCode, run.toString());
    assertEquals("", run.stderr);
    assertEquals(List.of("<ts>  WARN com.shop.Checkout: done orders=2"),
        ProgramRun.withoutTimestamps(run.stdout));
  }

  @Test
  void aFilterDirectiveSelectsTargetsAndLevels() throws Exception {
    ProgramRun run = ProgramRun.run(CheckoutProgram.class, "-Dtracing4j.subscriber=fmt",
        "-Dtracing4j.filter=warn,[place{order.id=2}]=debug");
    // "handle" is an INFO span under "warn": filtered out, so it is not part of the context.
    assertEquals(List.of(
        "<ts> DEBUG place{order.id=2}: com.shop.Checkout: checking stock step=\"validate\"",
        "<ts>  INFO place{order.id=2}: com.shop.Checkout: placed ok=true",
        "<ts>  WARN com.shop.Checkout: done orders=2"), run.stderrLines());
  }

  @Test
  void everyLineReachesTheFileWhenTheProgramExitsNormally(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("logs/trace.log");
    int orders = 20_000;
    ProgramRun run = ProgramRun.run(CheckoutProgram.class, "-Dtracing4j.subscriber=fmt",
        "-Dtracing4j.output=" + file, "-Xmx64m");
    assertEquals(0, run.exitCode, run.toString());
    run = ProgramRun.run(CheckoutProgram.class, List.of("-Dtracing4j.subscriber=fmt",
        "-Dtracing4j.output=" + file), Map.of(), String.valueOf(orders));
    assertEquals(0, run.exitCode, run.toString());
    List<String> lines = Files.readAllLines(file);
    assertEquals(3 + orders + 1, lines.size(), "a file output appends, and loses nothing at exit");
    assertTrue(lines.get(lines.size() - 1).endsWith("WARN com.shop.Checkout: done orders=" + orders),
        lines.get(lines.size() - 1));
  }

  private static final String SPAN_EVENTS_ERROR = "invalid tracing4j.span_events \"closed\""
      + " (environment variable TRACING4J_SPAN_EVENTS): unknown span event 'closed'; expected a"
      + " comma-separated list of new, enter, exit, close, or one of none, active, full";

  @Test
  void aBadValueAtTheFirstCallsiteIsReportedOnceAndTheProgramRunsOnUntraced() throws Exception {
    ProgramRun run = ProgramRun.run(ConfiguredGreeterProgram.class, List.of(),
        Map.of("TRACING4J_SUBSCRIBER", "fmt", "TRACING4J_SPAN_EVENTS", "closed"));
    assertEquals(0, run.exitCode, run.toString());
    assertEquals("hello ada\nhello bob\n", run.stdout, "both calls ran their body");
    assertEquals(List.of(
        "tracing4j: ERROR: the configured subscriber cannot be installed, so nothing is traced in"
            + " this run:",
        "  " + SPAN_EVENTS_ERROR,
        "tracing4j: the program goes on untraced: fix the setting (a program that calls"
            + " Tracing.init() at startup gets this as an exception there instead)"),
        run.stderrLines());
  }

  @Test
  void aBadValueIsThrownByTracingInitAsAConfigurationException() throws Exception {
    ProgramRun run = ProgramRun.run(ConfiguredGreeterProgram.class, List.of(),
        Map.of("TRACING4J_SUBSCRIBER", "fmt", "TRACING4J_SPAN_EVENTS", "closed"), "init");
    assertEquals(0, run.exitCode, run.toString());
    assertEquals("init threw dev.tracing4j.runtime.config.ConfigurationException: "
        + SPAN_EVENTS_ERROR + "\nhello ada\nhello bob\n", run.stdout);
    assertEquals("", run.stderr, "init reported it: the first callsite says nothing more");
  }

  @Test
  void aSymbolicLinkAtTheOutputPathIsRefusedAndItsTargetLeftAlone(@TempDir Path dir)
      throws Exception {
    Path target = Files.writeString(dir.resolve("precious.txt"), "precious\n");
    Path link = Files.createSymbolicLink(dir.resolve("trace.json"), target);
    ProgramRun run = ProgramRun.run(ConfiguredGreeterProgram.class,
        "-Dtracing4j.subscriber=chrome", "-Dtracing4j.output=" + link);
    assertEquals(0, run.exitCode, run.toString());
    assertEquals("hello ada\nhello bob\n", run.stdout);
    assertTrue(run.stderr.contains("invalid tracing4j.output \"" + link + "\" (system property"
        + " tracing4j.output): cannot open " + link + " for writing: it is a symbolic link (to "
        + target + "), which tracing4j does not follow"), run.stderr);
    assertEquals("precious\n", Files.readString(target));
  }
}
