package dev.tracing4j.timeline;

/**
 * Makes a span name safe to print on a terminal: control characters (which could move the cursor
 * or clear the screen) and bidirectional controls (which could show the rest of a line in another
 * order than written) become visible escapes such as {@code \u001b}.
 */
final class TerminalText {
  private TerminalText() {}

  static String escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isUnsafe(text.charAt(i))) {
        return escapeFrom(text, i);
      }
    }
    return text;
  }

  private static String escapeFrom(String text, int from) {
    StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, from);
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
  }
}
