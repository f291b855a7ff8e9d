package dev.tracing4j.runtime.filter;

/**
 * Finds where one directive of a filter string ends: at the first comma that is not inside the
 * span part. Inside {@code [...]} the span name runs to {@code ]} or {@code {} whatever it holds;
 * inside {@code {...}} commas separate fields and quoted values may hold anything.
 */
final class DirectiveBounds {

  private enum State { TOP, SPAN_NAME, FIELDS, QUOTED, AFTER_FIELDS }

  private DirectiveBounds() {}

  /** The index of the comma ending the directive that starts at {@code start}, or the length. */
  static int end(String filter, int start) {
    State state = State.TOP;
    for (int i = start; i < filter.length(); i++) {
      char c = filter.charAt(i);
      switch (state) {
        case TOP -> {
          if (c == ',') {
            return i;
          }
          if (c == '[') {
            state = State.SPAN_NAME;
          }
        }
        case SPAN_NAME -> {
          if (c == ']') {
            state = State.TOP;
          } else if (c == '{') {
            state = State.FIELDS;
          }
        }
        case FIELDS -> {
          if (c == '"') {
            state = State.QUOTED;
          } else if (c == '}') {
            state = State.AFTER_FIELDS;
          } else if (c == ']') {
            state = State.TOP; // a '}' is missing: the parser reports it
          }
        }
        case QUOTED -> {
          if (c == '\\') {
            i++;
          } else if (c == '"') {
            state = State.FIELDS;
          }
        }
        case AFTER_FIELDS -> {
          if (c == ']') {
            state = State.TOP;
          } else if (c == ',') {
            return i; // a ']' is missing: the parser reports it
          }
        }
      }
    }
    return filter.length();
  }
}
