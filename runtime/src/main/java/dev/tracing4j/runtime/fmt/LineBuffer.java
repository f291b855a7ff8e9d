package dev.tracing4j.runtime.fmt;

import dev.tracing4j.runtime.format.UtcTimestamp;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer for one output line, with the escaping that keeps every event on
 * one line and shown as written: control characters, line separators and bidirectional controls
 * become Java escapes, lone surrogates become U+FFFD.
 */
final class LineBuffer {
  private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final int RETAINED_CAPACITY = 64 * 1024;

  private byte[] bytes = new byte[512];
  private int length;
  boolean inUse;
  /** The field writer of this buffer's thread, reused line after line. */
  final FieldWriter fields = new FieldWriter();
  /** The target prefix the thread wrote last, and whether it has colours. */
  boolean lastTargetAnsi;
  String lastTarget;
  byte[] lastTargetPrefix;

  void reset() {
    length = 0;
    if (bytes.length > RETAINED_CAPACITY) {
      bytes = new byte[512];
    }
  }

  byte[] array() {
    return bytes;
  }

  int length() {
    return length;
  }

  LineBuffer appendByte(int b) {
    ensure(1);
    bytes[length++] = (byte) b;
    return this;
  }

  /** Appends text known to be safe ASCII (keywords, ANSI codes, formatted numbers). */
  LineBuffer appendAscii(String text) {
    return copyAscii(text, text.length());
  }

  /**
   * Copies the first {@code count} characters of {@code text}, all ASCII, in bulk. The JDK's
   * byte copy is deprecated because it truncates characters beyond Latin-1, which the callers
   * have ruled out; for Latin-1 strings it is a plain array copy.
   */
  @SuppressWarnings("deprecation")
  private LineBuffer copyAscii(String text, int count) {
    ensure(count);
    text.getBytes(0, count, bytes, length);
    length += count;
    return this;
  }

  /** Appends a UTC timestamp with microseconds. */
  LineBuffer appendTimestamp(long epochNanos) {
    ensure(UtcTimestamp.LENGTH);
    length = UtcTimestamp.formatAscii(epochNanos, bytes, length);
    return this;
  }

  LineBuffer appendBytes(byte[] source) {
    return appendBytes(source, 0);
  }

  /** Appends {@code source} from index {@code from} on. */
  LineBuffer appendBytes(byte[] source, int from) {
    int count = source.length - from;
    ensure(count);
    System.arraycopy(source, from, bytes, length, count);
    length += count;
    return this;
  }

  LineBuffer appendLong(long value) {
    if (value == Long.MIN_VALUE) {
      return appendAscii("-9223372036854775808");
    }
    ensure(20);
    if (value < 0) {
      bytes[length++] = '-';
      value = -value;
    }
    int start = length;
    do {
      bytes[length++] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value != 0);
    for (int i = start, j = length - 1; i < j; i++, j--) {
      byte t = bytes[i];
      bytes[i] = bytes[j];
      bytes[j] = t;
    }
    return this;
  }

  /** Appends text as UTF-8, escaping what would break the line. */
  LineBuffer appendEscaped(String text) {
    return appendText(text, false);
  }

  /** Appends text as a double-quoted Java string literal. */
  LineBuffer appendQuoted(String text) {
    appendByte('"');
    appendText(text, true);
    return appendByte('"');
  }

  private LineBuffer appendText(String text, boolean quoted) {
    int n = text.length();
    ensure(n);
    // Fast path: the leading run of printable ASCII is copied in the same loop that checks it;
    // most text is that run, and short strings cost less this way than scanned and then copied.
    byte[] target = bytes;
    int start = length;
    int plain = 0;
    while (plain < n) {
      char c = text.charAt(plain);
      if (c < 0x20 || c >= 0x7f || quoted && (c == '"' || c == '\\')) {
        break;
      }
      target[start + plain] = (byte) c;
      plain++;
    }
    length = start + plain;
    return plain == n ? this : appendSlowly(text, plain, quoted);
  }

  private LineBuffer appendSlowly(String text, int from, boolean quoted) {
    int n = text.length();
    for (int i = from; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c < 0x20 || c == 0x7f) {
          appendControl(c);
        } else if (quoted && (c == '"' || c == '\\')) {
          ensure(2);
          bytes[length++] = '\\';
          bytes[length++] = (byte) c;
        } else {
          ensure(1);
          bytes[length++] = (byte) c;
        }
      } else if (c < 0xa0 || isSeparatorOrBidiControl(c)) {
        appendUnicodeEscape(c);
      } else if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        appendCodePoint(Character.toCodePoint(c, text.charAt(++i)));
      } else if (Character.isSurrogate(c)) {
        appendCodePoint(0xfffd);
      } else {
        appendCodePoint(c);
      }
    }
    return this;
  }

  /**
   * U+2028 and U+2029 end a line for many readers. The bidirectional embeddings, overrides and
   * isolates (U+202A to U+202E, U+2066 to U+2069) make a terminal show the text after them in
   * another order than it was written, so a value could make a line read as another (the "Trojan
   * Source" trick). Right-to-left letters and the implicit marks (U+200E, U+200F) only take part
   * in ordering, and stay. Only characters beyond ASCII come here: the check costs plain text
   * nothing.
   */
  private static boolean isSeparatorOrBidiControl(char c) {
    return c >= '\u2028' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
  }

  private void appendControl(char c) {
    String escape = switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      default -> null;
    };
    if (escape != null) {
      appendAscii(escape);
    } else {
      appendUnicodeEscape(c);
    }
  }

  private void appendUnicodeEscape(char c) {
    ensure(6);
    bytes[length++] = '\\';
    bytes[length++] = 'u';
    bytes[length++] = HEX[(c >> 12) & 0xf];
    bytes[length++] = HEX[(c >> 8) & 0xf];
    bytes[length++] = HEX[(c >> 4) & 0xf];
    bytes[length++] = HEX[c & 0xf];
  }

  private void appendCodePoint(int cp) {
    ensure(4);
    if (cp < 0x800) {
      bytes[length++] = (byte) (0xc0 | (cp >> 6));
      bytes[length++] = (byte) (0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      bytes[length++] = (byte) (0xe0 | (cp >> 12));
      bytes[length++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
      bytes[length++] = (byte) (0x80 | (cp & 0x3f));
    } else {
      bytes[length++] = (byte) (0xf0 | (cp >> 18));
      bytes[length++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
      bytes[length++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
      bytes[length++] = (byte) (0x80 | (cp & 0x3f));
    }
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  private void ensure(int extra) {
    if (length + extra > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(length + extra, bytes.length * 2));
    }
  }
}
