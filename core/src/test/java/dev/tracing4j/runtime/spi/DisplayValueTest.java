package dev.tracing4j.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracing4j.runtime.internal.FailureReporter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DisplayValueTest {

  private static final String OVERFLOW_PLACEHOLDER =
      "<toString() threw java.lang.StackOverflowError>";

  /** A node of a cycle whose {@code toString()} shows itself: it recurses until the stack overflows. */
  private static final Object RECURSIVE = new Object() {
    @Override
    public String toString() {
      return "node -> " + this;
    }
  };

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
    assertEquals(OVERFLOW_PLACEHOLDER, DisplayValue.of(RECURSIVE));
  }

  @Test
  void anExceptionWhoseToStringOverflowsTheStackGivesAPlaceholder() {
    RuntimeException declined = new RuntimeException("declined") {
      @Override
      public String toString() {
        return "declined because " + this;
      }
    };
    assertEquals(OVERFLOW_PLACEHOLDER, DisplayValue.of(declined));
  }

  @Test
  void aToStringFailureWhoseMessageThrowsGivesAPlaceholderWithoutTheMessage() {
    Object value = new Object() {
      @Override
      public String toString() {
        throw new SilentFailure();
      }
    };
    assertEquals("<toString() threw " + SilentFailure.class.getName() + ">",
        DisplayValue.of(value));
  }

  /** A failure whose own message cannot be read. */
  private static final class SilentFailure extends IllegalStateException {
    @Override
    public String getMessage() {
      throw new IllegalStateException("no message either");
    }
  }

  @Test
  void arraysShowTheirElements() {
    assertEquals("[1, 2]", DisplayValue.of(new int[] {1, 2}));
    assertEquals("[a, [b]]", DisplayValue.of(new Object[] {"a", new String[] {"b"}}));
  }
}
