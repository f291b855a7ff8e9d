package dev.tracing4j.runtime.fmt;

import dev.tracing4j.runtime.format.DisplayValue;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.FieldVisitor;

/**
 * Writes fields as {@code name=value} pairs separated by spaces: strings quoted with Java escapes,
 * numbers and booleans bare, other objects by their text with line breaks escaped. A field named
 * {@code message} is written as bare text without its name, as the event's message.
 */
final class FieldWriter implements FieldVisitor {
  private boolean ansi;
  private LineBuffer out;
  private boolean first;

  /** Writes every field of {@code fields} with a value to {@code out}. */
  void write(LineBuffer out, boolean ansi, FieldValues fields) {
    start(out, ansi);
    fields.visit(this);
  }

  void start(LineBuffer out, boolean ansi) {
    this.out = out;
    this.ansi = ansi;
    this.first = true;
  }

  /** Whether nothing was written since {@link #start}. */
  boolean isEmpty() {
    return first;
  }

  @Override
  public void visitLong(String name, long value) {
    name(name).appendLong(value);
  }

  @Override
  public void visitDouble(String name, double value) {
    name(name).appendAscii(Double.toString(value));
  }

  @Override
  public void visitBoolean(String name, boolean value) {
    name(name).appendAscii(value ? "true" : "false");
  }

  @Override
  public void visitString(String name, String value) {
    if (FieldValues.MESSAGE.equals(name)) {
      separator().appendEscaped(value);
    } else {
      name(name).appendQuoted(value);
    }
  }

  @Override
  public void visitNull(String name) {
    name(name).appendAscii("null");
  }

  @Override
  public void visitObject(String name, Object value) {
    if (FieldValues.MESSAGE.equals(name)) {
      separator().appendEscaped(DisplayValue.of(value));
    } else {
      name(name).appendEscaped(DisplayValue.of(value));
    }
  }

  /** Writes a preformatted value, such as a duration. */
  void raw(String name, String value) {
    name(name).appendEscaped(value);
  }

  private LineBuffer separator() {
    if (!first) {
      out.appendByte(' ');
    }
    first = false;
    return out;
  }

  private LineBuffer name(String name) {
    separator();
    if (ansi) {
      out.appendAscii(Ansi.ITALIC).appendEscaped(name).appendAscii(Ansi.RESET);
    } else {
      out.appendEscaped(name);
    }
    return out.appendByte('=');
  }
}
