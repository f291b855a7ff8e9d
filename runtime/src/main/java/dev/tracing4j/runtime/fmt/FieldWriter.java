package dev.tracing4j.runtime.fmt;

import dev.tracing4j.runtime.spi.DisplayValue;
import dev.tracing4j.runtime.format.StructuralNames;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.FieldVisitor;

/**
 * Writes fields as {@code name=value} pairs separated by spaces: strings quoted with Java escapes,
 * numbers and booleans bare, other objects by their text with line breaks escaped. An event's
 * message is written as bare text without a name; a field that takes a name fmt writes itself
 * ({@link StructuralNames}) is written under {@code field.<name>}.
 */
final class FieldWriter implements FieldVisitor {
  /**
   * Field names are mostly constants written on every line: " name=" as written is kept per name,
   * in a small table indexed by the name's hash (the first name to take a slot keeps it).
   */
  private static final int NAME_CACHE_SIZE = 64;
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  private final String[] cachedNames = new String[NAME_CACHE_SIZE];
  private final byte[][] cachedPrefixes = new byte[NAME_CACHE_SIZE][];
  private boolean ansi;
  private LineBuffer out;
  private StructuralNames structural;
  private boolean first;

  /** Writes an event's message and every field of {@code fields} with a value to {@code out}. */
  void writeEvent(LineBuffer out, boolean ansi, FieldValues fields) {
    start(out, ansi, StructuralNames.EVENT);
    fields.visit(this);
  }

  /** Starts writing fields where {@code structural} names are the format's own. */
  void start(LineBuffer out, boolean ansi, StructuralNames structural) {
    if (this.out != out) { // mostly the same buffer: spare the old-generation write barrier
      this.out = out;
    }
    if (this.structural != structural) {
      this.structural = structural;
    }
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
    name(name).appendBytes(value ? TRUE : FALSE);
  }

  @Override
  public void visitString(String name, String value) {
    name(name).appendQuoted(value);
  }

  @Override
  public void visitNull(String name) {
    name(name).appendBytes(NULL);
  }

  @Override
  public void visitObject(String name, Object value) {
    name(name).appendEscaped(DisplayValue.of(value));
  }

  @Override
  public void visitMessage(String message) {
    separator().appendEscaped(message);
  }

  /** Writes a value of fmt's own, such as a duration, under a structural name. */
  void raw(String structuralName, String value) {
    writeName(structuralName).appendEscaped(value);
  }

  private LineBuffer separator() {
    if (!first) {
      out.appendByte(' ');
    }
    first = false;
    return out;
  }

  /** Writes a field's name and {@code =}. */
  private LineBuffer name(String name) {
    if (structural.isRenamed(name)) { // rare, so not cached
      separator();
      if (ansi) {
        out.appendAscii(Ansi.ITALIC);
      }
      out.appendAscii(StructuralNames.PREFIX).appendEscaped(name);
      if (ansi) {
        out.appendAscii(Ansi.RESET);
      }
      return out.appendByte('=');
    }
    return writeName(name);
  }

  private LineBuffer writeName(String name) {
    if (ansi) {
      separator().appendAscii(Ansi.ITALIC).appendEscaped(name).appendAscii(Ansi.RESET);
      return out.appendByte('=');
    }
    int slot = name.hashCode() & (NAME_CACHE_SIZE - 1);
    String cached = cachedNames[slot];
    if (cached == name || name.equals(cached)) {
      out.appendBytes(cachedPrefixes[slot], first ? 1 : 0);
      first = false;
      return out;
    }
    separator();
    int start = out.length();
    out.appendEscaped(name).appendByte('=');
    if (cached == null) {
      byte[] prefix = new byte[1 + out.length() - start];
      prefix[0] = ' ';
      System.arraycopy(out.array(), start, prefix, 1, prefix.length - 1);
      cachedNames[slot] = name;
      cachedPrefixes[slot] = prefix;
    }
    return out;
  }
}
