package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracing4j.it.programs.Slf4jProgram;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Existing SLF4J logging, with tracing4j-slf4j on the class path, printed inside the spans. */
class Slf4jIT {

  @Test
  void slf4jCallsArePrintedInTheirSpansWithNothingElse() throws Exception {
    ProgramRun run = ProgramRun.run(Slf4jProgram.class, "-Dtracing4j.subscriber=fmt",
        "-Dtracing4j.filter=info,dev.tracing4j.it.shop.Billing=debug");
    assertEquals(0, run.exitCode, run.toString());
    assertEquals("", run.stdout);
    assertEquals(List.of(
        "<ts>  INFO invoice{cents=450 customer.name=\"ada\"}: dev.tracing4j.it.shop.Billing:"
            + " invoicing 450 cents",
        "<ts> DEBUG invoice{cents=450 customer.name=\"ada\"}: dev.tracing4j.it.shop.Billing:"
            + " tax applied rate=0.2",
        "<ts>  INFO invoice{cents=-1 customer.name=\"ada\"}: dev.tracing4j.it.shop.Billing:"
            + " invoicing -1 cents",
        "<ts> DEBUG invoice{cents=-1 customer.name=\"ada\"}: dev.tracing4j.it.shop.Billing:"
            + " tax applied rate=0.2",
        "<ts> ERROR invoice{cents=-1 customer.name=\"ada\"}: dev.tracing4j.it.shop.Billing:"
            + " refusing a negative amount"
            + " error=\"java.lang.IllegalArgumentException: cents=-1\"",
        "<ts>  WARN com.shop.Main: done"), run.stderrLines());
  }

  @Test
  void withNothingConfiguredSlf4jLogsAreStillPrintedAtInfo() throws Exception {
    ProgramRun run = ProgramRun.run(Slf4jProgram.class);
    assertEquals(0, run.exitCode, run.toString());
    assertEquals(List.of(
        "<ts>  INFO invoice{cents=450 customer.name=\"ada\"}: dev.tracing4j.it.shop.Billing:"
            + " invoicing 450 cents",
        "<ts>  INFO invoice{cents=-1 customer.name=\"ada\"}: dev.tracing4j.it.shop.Billing:"
            + " invoicing -1 cents",
        "<ts> ERROR invoice{cents=-1 customer.name=\"ada\"}: dev.tracing4j.it.shop.Billing:"
            + " refusing a negative amount"
            + " error=\"java.lang.IllegalArgumentException: cents=-1\"",
        "<ts>  WARN com.shop.Main: done"), run.stderrLines());
  }
}
