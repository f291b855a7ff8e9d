package dev.tracing4j.test;

import dev.tracing4j.runtime.spi.DisplayValue;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a recorded field with what a test expects, the way the field was recorded: an {@code
 * int} expected matches the {@code Long} that an {@code int} records, a {@code float} the {@code
 * Double}, any {@code CharSequence} the {@code String}. An object recorded as it is also matches
 * the text that fmt prints for it.
 */
final class FieldCheck {
  private FieldCheck() {}

  /** What {@code expected} is recorded as. */
  static Object recordedForm(Object expected) {
    if (expected instanceof Integer || expected instanceof Short || expected instanceof Byte) {
      return ((Number) expected).longValue();
    } else if (expected instanceof Float) {
      return ((Float) expected).doubleValue();
    } else if (expected instanceof CharSequence && !(expected instanceof String)) {
      return expected.toString();
    }
    return expected;
  }

  static boolean matches(Object actual, Object expected) {
    Object wanted = recordedForm(expected);
    if (Objects.equals(actual, wanted)) {
      return true;
    }
    return wanted instanceof String text && isOtherObject(actual)
        && DisplayValue.of(actual).equals(text);
  }

  private static boolean isOtherObject(Object value) {
    return value != null && !(value instanceof String) && !(value instanceof Long)
        && !(value instanceof Double) && !(value instanceof Boolean);
  }

  /** {@code 42 (Long)}, {@code "eu" (String)}, {@code null}. */
  static String describe(Object value) {
    return value == null ? "null" : FmtText.value(value) + " (" + value.getClass().getSimpleName()
        + ")";
  }

  /** Why {@code fields} has no field {@code name} matching {@code expected}, or {@code null}. */
  static String mismatch(String subject, Map<String, Object> fields, String name,
      Object expected) {
    Object wanted = recordedForm(expected);
    String expectation = "expected " + subject + " to have field " + FmtText.escaped(name) + "="
        + describe(wanted);
    if (!fields.containsKey(name)) {
      return expectation + ", but it has no field " + FmtText.escaped(name);
    }
    Object actual = fields.get(name);
    if (matches(actual, expected)) {
      return null;
    }
    return expectation + ", but it has " + FmtText.escaped(name) + "=" + describe(actual);
  }
}
