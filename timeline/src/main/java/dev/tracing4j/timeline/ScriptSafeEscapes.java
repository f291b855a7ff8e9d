package dev.tracing4j.timeline;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escapes for data inside an HTML {@code <script>} element: {@code <} becomes {@code \u003C},
 * so no string can end the element ({@code </script>}) or open a comment ({@code <!--}) whatever
 * a span's fields hold; U+2028 and U+2029 are escaped as older JavaScript reads them as line ends.
 */
final class ScriptSafeEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  static final ScriptSafeEscapes INSTANCE = new ScriptSafeEscapes();

  private static final int[] ASCII = standardAsciiEscapesForJSON();
  private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
  private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

  static {
    ASCII['<'] = ESCAPE_STANDARD;
  }

  private ScriptSafeEscapes() {}

  @Override
  public int[] getEscapeCodesForAscii() {
    return ASCII;
  }

  @Override
  public SerializableString getEscapeSequence(int c) {
    return c == 0x2028 ? LINE_SEPARATOR : c == 0x2029 ? PARAGRAPH_SEPARATOR : null;
  }
}
