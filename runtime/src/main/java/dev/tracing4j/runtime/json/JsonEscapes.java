package dev.tracing4j.runtime.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Escapes, beyond what JSON requires, the characters that break or reorder a line where JSON lines
 * are read: U+2028 and U+2029, which JavaScript and many line-splitting tools take as line ends,
 * and the bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069),
 * which make a terminal show the rest of the line in another order than written. The generator
 * asks for them only for characters beyond ASCII, so ASCII strings keep jackson's fast path; a
 * string with other characters pays one call and two comparisons per such character.
 */
final class JsonEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  static final JsonEscapes INSTANCE = new JsonEscapes();

  private static final int FIRST = 0x2028;
  private static final int LAST = 0x2069;
  private static final int[] ASCII = standardAsciiEscapesForJSON();
  /** {@code \u2028} and the others, by character minus {@link #FIRST}; null where not escaped. */
  private static final SerializableString[] SEQUENCES = new SerializableString[LAST - FIRST + 1];

  static {
    for (int c = FIRST; c <= LAST; c++) {
      if (isEscaped(c)) {
        SEQUENCES[c - FIRST] = new SerializedString(String.format("\\u%04X", c));
      }
    }
  }

  private JsonEscapes() {}

  /** Whether {@code c} is one of the characters this class escapes. */
  static boolean isEscaped(int c) {
    return c >= 0x2028 && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
  }

  /** Whether {@code text} holds a character that this class escapes. */
  static boolean escapesAny(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (isEscaped(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ASCII;
  }

  @Override
  public SerializableString getEscapeSequence(int c) {
    return isEscaped(c) ? SEQUENCES[c - FIRST] : null;
  }
}
