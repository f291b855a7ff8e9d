package dev.tracing4j.runtime.spi;

import dev.tracing4j.runtime.internal.FailureReporter;
import java.util.Arrays;

/**
 * Turns a recorded object into text for output, safely: arrays show their elements, a {@code
 * toString()} returning {@code null} gives {@code null}, and one that throws or overflows the stack
 * (a cycle of objects that print each other) gives a placeholder naming the failure, reported once
 * on stderr, instead of breaking the program. Only errors the JVM cannot recover from, such as
 * an {@code OutOfMemoryError}, pass through.
 *
 * <pre>{@code
 * DisplayValue.of(new int[] {1, 2});   // "[1, 2]"
 * DisplayValue.of(cycle);              // "<toString() threw java.lang.StackOverflowError>"
 * }</pre>
 */
public final class DisplayValue {

  private DisplayValue() {}

  /** The text of {@code value}, or a placeholder if its {@code toString()} fails. */
  public static String of(Object value) {
    try {
      String text = toText(value);
      return text == null ? "null" : text;
    } catch (Throwable failure) {
      FailureReporter.report("toString() of a recorded " + value.getClass().getName(), failure);
      return placeholder(failure);
    }
  }

  /** {@code <toString() threw java.lang.IllegalStateException: boom>} */
  private static String placeholder(Throwable failure) {
    String message;
    try {
      message = failure.getMessage();
    } catch (RuntimeException | StackOverflowError unreadable) {
      message = null; // the failure is as hostile as the value: its class is enough
    }
    return "<toString() threw " + failure.getClass().getName()
        + (message == null ? "" : ": " + message) + ">";
  }

  private static String toText(Object value) {
    if (value == null) {
      return "null";
    }
    if (!value.getClass().isArray()) {
      return value.toString();
    }
    if (value instanceof Object[] objects) {
      return Arrays.deepToString(objects);
    }
    if (value instanceof int[] a) {
      return Arrays.toString(a);
    }
    if (value instanceof long[] a) {
      return Arrays.toString(a);
    }
    if (value instanceof byte[] a) {
      return Arrays.toString(a);
    }
    if (value instanceof short[] a) {
      return Arrays.toString(a);
    }
    if (value instanceof char[] a) {
      return Arrays.toString(a);
    }
    if (value instanceof boolean[] a) {
      return Arrays.toString(a);
    }
    if (value instanceof float[] a) {
      return Arrays.toString(a);
    }
    return Arrays.toString((double[]) value);
  }
}
