package dev.tracing4j.runtime.filter;

/**
 * One {@code name} or {@code name=value} inside a directive's braces: a span matches when it has
 * the field and, if a value is given, the values are equal. Numbers compare as numbers, {@code
 * true}/{@code false} as booleans, anything else as text.
 *
 * @param name the field name
 * @param expected the value as written (quotes removed), or {@code null} to match any value
 * @param quoted whether the value was written in double quotes; kept so that the canonical form
 *     shows the value as the user wrote it
 */
record FieldMatch(String name, String expected, boolean quoted) {

  /** A match on the field's presence only. */
  static FieldMatch present(String name) {
    return new FieldMatch(name, null, false);
  }

  boolean matches(Object actual) {
    if (expected == null) {
      return true;
    }
    if (actual == null) {
      return expected.equals("null");
    }
    if (actual instanceof Long l) {
      return matchesNumber(l.doubleValue()) || expected.equals(Long.toString(l));
    }
    if (actual instanceof Double d) {
      return matchesNumber(d);
    }
    if (actual instanceof Boolean b) {
      return expected.equals(b.toString());
    }
    return expected.equals(String.valueOf(actual));
  }

  private boolean matchesNumber(double actual) {
    try {
      return Double.parseDouble(expected) == actual;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }

  /** The canonical form, which the parser reads back to an equal match. */
  @Override
  public String toString() {
    if (expected == null) {
      return name;
    }
    if (!quoted) {
      return name + "=" + expected;
    }
    return name + "=\"" + expected.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
