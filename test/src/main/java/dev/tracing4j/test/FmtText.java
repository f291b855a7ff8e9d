package dev.tracing4j.test;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.format.StructuralNames;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.spi.DisplayValue;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.FieldVisitor;

/**
 * Text as the fmt layer writes it, without a timestamp: the level column, span contexts {@code
 * name{field=value ...}}, events' messages and fields, with fmt's quoting and escaping (one event
 * is always one line). {@code FmtConformanceTest} compares it with the real fmt layer's output on
 * hostile values, so the two cannot drift apart unnoticed.
 */
final class FmtText {

  private static final String[] LEVELS = {"TRACE", "DEBUG", " INFO", " WARN", "ERROR"};
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private FmtText() {}

  /** The level right-aligned in five columns: {@code " INFO"}, {@code "ERROR"}. */
  static String level(Level level) {
    return LEVELS[level.ordinal()];
  }

  /** A span as fmt writes it in a context: {@code place{order.id=42}}, or its name alone. */
  static String span(String name, String fields) {
    String escaped = escaped(name);
    return fields.isEmpty() ? escaped : escaped + "{" + fields + "}";
  }

  /** A span's current fields as fmt writes them between the braces. */
  static String spanFields(SpanData span) {
    Writer writer = new Writer(StructuralNames.NONE);
    span.visitFields(writer);
    return writer.text();
  }

  /** Fields as fmt writes them between a span's braces. */
  static String spanFields(FieldValues fields) {
    Writer writer = new Writer(StructuralNames.NONE);
    fields.visit(writer);
    return writer.text();
  }

  /** An event's message and fields, as fmt writes them after the target. */
  static String eventFields(FieldValues fields) {
    Writer writer = new Writer(StructuralNames.EVENT);
    fields.visit(writer);
    return writer.text();
  }

  /** One value as fmt writes it: strings quoted, numbers and booleans bare, objects as text. */
  static String value(Object value) {
    StringBuilder out = new StringBuilder();
    appendValue(out, value);
    return out.toString();
  }

  private static void appendValue(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      appendText(out.append('"'), text, true).append('"');
    } else if (value instanceof Long || value instanceof Double || value instanceof Boolean) {
      out.append(value);
    } else {
      appendText(out, DisplayValue.of(value), false);
    }
  }

  /** Text with everything that would break the line or reorder it escaped. */
  static String escaped(String text) {
    return appendText(new StringBuilder(text.length()), text, false).toString();
  }

  /** Text as a double-quoted Java string literal, escaped as {@link #escaped} does. */
  static String quoted(String text) {
    return appendText(new StringBuilder(text.length() + 2).append('"'), text, true)
        .append('"').toString();
  }

  /**
   * fmt's escaping: control characters, C1 controls, line and paragraph separators and
   * bidirectional controls as Java escapes; a lone surrogate as U+FFFD; quotes and backslashes
   * too inside a quoted string.
   */
  private static StringBuilder appendText(StringBuilder out, String text, boolean quoted) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c < 0x20 || c == 0x7f) {
          appendControl(out, c);
        } else if (quoted && (c == '"' || c == '\\')) {
          out.append('\\').append(c);
        } else {
          out.append(c);
        }
      } else if (c < 0xa0 || isSeparatorOrBidiControl(c)) {
        appendUnicodeEscape(out, c);
      } else if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\ufffd');
      } else {
        out.append(c);
      }
    }
    return out;
  }

  private static boolean isSeparatorOrBidiControl(char c) {
    return c >= '\u2028' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
  }

  private static void appendControl(StringBuilder out, char c) {
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      default -> appendUnicodeEscape(out, c);
    }
  }

  private static void appendUnicodeEscape(StringBuilder out, char c) {
    out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
  }

  /** Writes {@code name=value} pairs separated by spaces, an event's message bare and first. */
  private static final class Writer implements FieldVisitor {
    private final StringBuilder out = new StringBuilder();
    private final StructuralNames structural;
    /** Not the buffer's length: an empty message still counts as written, as in fmt. */
    private boolean first = true;

    Writer(StructuralNames structural) {
      this.structural = structural;
    }

    String text() {
      return out.toString();
    }

    private StringBuilder separator() {
      if (!first) {
        out.append(' ');
      }
      first = false;
      return out;
    }

    private StringBuilder name(String name) {
      separator();
      if (structural.isRenamed(name)) {
        out.append(StructuralNames.PREFIX);
      }
      return appendText(out, name, false).append('=');
    }

    @Override
    public void visitMessage(String message) {
      appendText(separator(), message, false);
    }

    @Override
    public void visitLong(String name, long value) {
      name(name).append(value);
    }

    @Override
    public void visitDouble(String name, double value) {
      name(name).append(Double.toString(value));
    }

    @Override
    public void visitBoolean(String name, boolean value) {
      name(name).append(value);
    }

    @Override
    public void visitString(String name, String value) {
      appendText(name(name).append('"'), value, true).append('"');
    }

    @Override
    public void visitNull(String name) {
      name(name).append("null");
    }

    @Override
    public void visitObject(String name, Object value) {
      appendText(name(name), DisplayValue.of(value), false);
    }
  }
}
