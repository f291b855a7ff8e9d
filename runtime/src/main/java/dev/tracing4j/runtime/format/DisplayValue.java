package dev.tracing4j.runtime.format;

import dev.tracing4j.runtime.internal.FailureReporter;
import java.util.Arrays;

/**
 * Turns a recorded object into text for output, safely: arrays show their elements, a {@code
 * toString()} returning {@code null} gives {@code null}, and one that throws gives a placeholder
 * naming the exception (reported once on stderr) instead of breaking the program.
 *
 * <pre>{@code
 * DisplayValue.of(new int[] {1, 2});   // "[1, 2]"
 * }</pre>
 */
public final class DisplayValue {

  private DisplayValue() {}

  /** The text of {@code value}. */
  public static String of(Object value) {
    try {
      String text = toText(value);
      return text == null ? "null" : text;
    } catch (Throwable failure) {
      FailureReporter.report("toString() of a recorded " + value.getClass().getName(), failure);
      return "<toString() threw " + failure.getClass().getName()
          + (failure.getMessage() == null ? "" : ": " + failure.getMessage()) + ">";
    }
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
