package dev.tracing4j.it;

import static java.util.regex.Pattern.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertLinesMatch;

import dev.tracing4j.it.programs.HostileValuesProgram;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values whose {@code toString()} overflows the stack, as parameters, results and exceptions of
 * instrumented methods: the program runs as it would untraced, the output shows a placeholder, and
 * each kind of failure is reported once on stderr.
 */
class HostileValuesIT {

  private static final String PLACEHOLDER = "<toString() threw java.lang.StackOverflowError>";
  private static final String TIMING = " time\\.busy=\\d\\S*s time\\.idle=\\d\\S*s";
  private static final String ENTRY =
      "{entry=" + PLACEHOLDER + "}: dev.tracing4j.it.hostile.Ledger: ";

  private static ProgramRun run(String... calls) throws Exception {
    ProgramRun run = ProgramRun.run(HostileValuesProgram.class,
        List.of("-Dtracing4j.span_events=close"), Map.of(), calls);
    assertEquals(0, run.exitCode, run.toString());
    return run;
  }

  private static List<String> events(ProgramRun run) {
    return run.stderrLines().stream().filter(line -> line.startsWith("<ts>")).toList();
  }

  private static List<String> reports(ProgramRun run) {
    return run.stderrLines().stream().filter(line -> line.startsWith("tracing4j: ")).sorted()
        .toList();
  }

  private static String reportOf(String type) {
    return "tracing4j: toString() of a recorded dev.tracing4j.it.hostile.Ledger$" + type
        + " failed; the program goes on and further failures of this kind are not reported:";
  }

  @Test
  void aParameterWhoseToStringOverflowsLeavesTheBodyRunningAndItsResultReturned()
      throws Exception {
    ProgramRun run = run("post", "post");
    assertEquals("posted\nposted\n", run.stdout, run.toString());
    assertLinesMatch(List.of(
        quote("<ts>  INFO post" + ENTRY + "close") + TIMING,
        quote("<ts>  INFO post" + ENTRY + "close") + TIMING), events(run), run.toString());
    assertEquals(List.of(reportOf("Entry")), reports(run), "reported once: " + run);
  }

  @Test
  void anExceptionWhoseToStringOverflowsIsRecordedAsAPlaceholderAndRethrown() throws Exception {
    ProgramRun run = run("reject");
    assertEquals("rejected: rejected\n", run.stdout, run.toString());
    assertLinesMatch(List.of(
        quote("<ts> ERROR reject" + ENTRY + "error=\"" + PLACEHOLDER + "\""),
        quote("<ts>  INFO reject" + ENTRY + "close") + TIMING), events(run), run.toString());
    assertEquals(List.of(reportOf("Entry"), reportOf("Rejected")), reports(run), run.toString());
  }

  @Test
  void anAsyncMethodsFutureCompletesWhenItsValueOverflows() throws Exception {
    ProgramRun run = run("open");
    assertEquals("opened: true\n", run.stdout, run.toString());
    assertLinesMatch(List.of(
        quote("<ts>  INFO open{name=\"cash\"}: dev.tracing4j.it.hostile.Ledger: return="
            + PLACEHOLDER),
        quote("<ts>  INFO open{name=\"cash\"}: dev.tracing4j.it.hostile.Ledger: close") + TIMING),
        events(run), run.toString());
    assertEquals(List.of(reportOf("Entry")), reports(run), run.toString());
  }

  @Test
  void anAsyncMethodsFutureCompletesWhenItsExceptionOverflows() throws Exception {
    ProgramRun run = run("refuse");
    assertEquals("refused: true\n", run.stdout, run.toString());
    assertLinesMatch(List.of(
        quote("<ts> ERROR refuse{name=\"cash\"}: dev.tracing4j.it.hostile.Ledger: error=\""
            + PLACEHOLDER + "\""),
        quote("<ts>  INFO refuse{name=\"cash\"}: dev.tracing4j.it.hostile.Ledger: close")
            + TIMING), events(run), run.toString());
    assertEquals(List.of(reportOf("Rejected")), reports(run), run.toString());
  }
}
