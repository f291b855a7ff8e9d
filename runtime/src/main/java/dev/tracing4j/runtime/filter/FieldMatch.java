package dev.tracing4j.runtime.filter;

/**
 * One {@code name} or {@code name=value} inside a directive's braces: a span matches when it has
 * the field and, if a value is given, the values are equal. Numbers compare as numbers, {@code
 * true}/{@code false} as booleans, anything else as text.
 *
 * @param name the field name
 * @param expected the value as written (quotes removed), or {@code null} to match any value
 */
record FieldMatch(String name, String expected) {

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

  @Override
  public String toString() {
    return expected == null ? name : name + "=" + expected;
  }
}
