package dev.tracing4j.it.programs;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;

/**
 * Records the values that JSON writers get wrong most easily, in a span and an event: a character
 * outside the BMP, a lone surrogate, quotes and a line break, NaN and an infinity.
 */
public final class JsonValuesProgram {
  private static final Tracer log = Tracer.of("values");

  /** A rocket (outside the BMP), then a high surrogate with no low one after it. */
  public static final String ROCKET = "launch \uD83D\uDE80";
  public static final String LONE_SURROGATE = "half \uD800 pair";
  public static final String QUOTED = "say \"hi\"\nand go";

  public static void main(String[] args) {
    Span span = log.span(Level.INFO, "values").field("label", ROCKET).start();
    try (Scope scope = span.enter()) {
      log.atInfo().field("rocket", ROCKET).field("lone", LONE_SURROGATE).field("quoted", QUOTED)
          .field("nan", Double.NaN).field("inf", Double.NEGATIVE_INFINITY).field("n", 42L)
          .log(ROCKET);
    }
    span.close();
  }
}
