package dev.tracing4j.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracing4j.runtime.HostileValues;
import dev.tracing4j.runtime.internal.FailureReporter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DisplayValueTest {

  private PrintStream previous;

  @BeforeEach
  void quiet() {
    previous = FailureReporter.redirect(new PrintStream(new ByteArrayOutputStream()));
  }

  @AfterEach
  void restore() {
    FailureReporter.redirect(previous);
  }

  @Test
  void aToStringThatOverflowsTheStackGivesAPlaceholder() {
    assertEquals(HostileValues.OVERFLOW_PLACEHOLDER, DisplayValue.of(HostileValues.RECURSIVE));
  }

  @Test
  void anExceptionWhoseToStringOverflowsTheStackGivesAPlaceholder() {
    assertEquals(HostileValues.OVERFLOW_PLACEHOLDER,
        DisplayValue.of(HostileValues.recursiveException()));
  }

  @Test
  void aToStringFailureWhoseMessageThrowsGivesAPlaceholderWithoutTheMessage() {
    Object value = new Object() {
      @Override
      public String toString() {
        throw new IllegalStateException() {
          @Override
          public String getMessage() {
            throw new IllegalStateException("no message either");
          }
        };
      }
    };
    assertEquals("<toString() threw " + DisplayValueTest.class.getName() + "$1$1>",
        DisplayValue.of(value));
  }

  @Test
  void arraysShowTheirElements() {
    assertEquals("[1, 2]", DisplayValue.of(new int[] {1, 2}));
    assertEquals("[a, [b]]", DisplayValue.of(new Object[] {"a", new String[] {"b"}}));
  }
}
