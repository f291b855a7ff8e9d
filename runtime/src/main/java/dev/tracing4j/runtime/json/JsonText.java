package dev.tracing4j.runtime.json;

/**
 * Makes any Java string safe for JSON text in UTF-8: lone surrogates, which have no UTF-8
 * encoding, become U+FFFD. Returns the same string when there is nothing to replace.
 *
 * <pre>{@code
 * json.writeString(JsonText.sanitize(value));
 * }</pre>
 */
public final class JsonText {
  private JsonText() {}

  /** {@code text} with every unpaired surrogate replaced by U+FFFD. */
  public static String sanitize(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return replaceLoneSurrogates(text, i);
      }
    }
    return text; // the common case: nothing to copy
  }

  private static String replaceLoneSurrogates(String text, int from) {
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, from);
    int n = text.length();
    for (int i = from; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '\ufffd' : c);
      }
    }
    return out.toString();
  }
}
