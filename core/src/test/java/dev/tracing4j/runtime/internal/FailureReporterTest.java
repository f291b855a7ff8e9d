package dev.tracing4j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailureReporterTest {

  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private PrintStream previous;

  @BeforeEach
  void capture() {
    previous = FailureReporter.redirect(new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    FailureReporter.redirect(previous);
  }

  private String report() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  private static StackOverflowError realOverflow() {
    try {
      recurse(0);
      throw new AssertionError("unreachable");
    } catch (StackOverflowError overflow) {
      return overflow;
    }
  }

  @Test
  void aStackOverflowErrorIsReportedAndNotRethrown() {
    FailureReporter.report("toString() of a recorded Node", new StackOverflowError());
    assertTrue(report().startsWith("tracing4j: toString() of a recorded Node failed;"), report());
    assertTrue(report().contains("java.lang.StackOverflowError"), report());
  }

  @Test
  void anOutOfMemoryErrorIsRethrown() {
    OutOfMemoryError error = new OutOfMemoryError("Java heap space");
    assertEquals(error, assertThrows(OutOfMemoryError.class,
        () -> FailureReporter.report("formatting", error)));
    assertEquals("", report());
  }

  @Test
  void aStackOverflowIsReportedWithTheTopOfTheRecursionOnly() {
    StackOverflowError overflow = realOverflow();
    FailureReporter.report("toString() of a recorded Node", overflow);
    String[] lines = report().split("\n");
    assertTrue(lines.length <= 16, "at most a screenful, not 1024 frames:\n" + report());
    assertTrue(report().contains("at dev.tracing4j.runtime.internal.FailureReporterTest.recurse"),
        report());
    assertTrue(lines[lines.length - 1].matches("\t\\.\\.\\. \\d+ more frames"), report());
  }

  @Test
  void aFailureIsReportedOncePerPlaceAndKind() {
    FailureReporter.report("formatting", new StackOverflowError());
    FailureReporter.report("formatting", new StackOverflowError());
    FailureReporter.report("formatting", new IllegalStateException());
    assertEquals(2, report().split("tracing4j: ", -1).length - 1, report());
  }

  @Test
  void aFailureWhoseToStringThrowsIsStillReported() {
    RuntimeException hostile = new RuntimeException() {
      @Override
      public String toString() {
        throw new IllegalStateException("no description");
      }
    };
    FailureReporter.report("formatting", hostile);
    assertTrue(report().startsWith("tracing4j: formatting failed;"), report());
  }
}
