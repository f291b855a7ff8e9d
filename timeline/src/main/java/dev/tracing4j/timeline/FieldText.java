package dev.tracing4j.timeline;

import dev.tracing4j.runtime.spi.DisplayValue;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.FieldVisitor;
import java.util.Arrays;

/**
 * Collects field values as text, names and values alternating. An event's message is kept apart
 * from its fields ({@link #message()}); a value whose {@code toString()} throws becomes the
 * placeholder {@link DisplayValue} gives it.
 */
final class FieldText implements FieldVisitor {
  static final String[] NONE = {};

  private String[] pairs = NONE;
  private int length;
  private String message;

  static String[] of(FieldValues values) {
    FieldText text = new FieldText();
    values.visit(text);
    return text.pairs();
  }

  String[] pairs() {
    return length == pairs.length ? pairs : Arrays.copyOf(pairs, length);
  }

  /** The message visited, or {@code null}. */
  String message() {
    return message;
  }

  private void add(String name, String value) {
    if (length == pairs.length) {
      pairs = Arrays.copyOf(pairs, Math.max(4, length * 2));
    }
    pairs[length++] = name;
    pairs[length++] = value;
  }

  @Override
  public void visitObject(String name, Object value) {
    add(name, DisplayValue.of(value));
  }

  @Override
  public void visitLong(String name, long value) {
    add(name, Long.toString(value));
  }

  @Override
  public void visitDouble(String name, double value) {
    add(name, Double.toString(value));
  }

  @Override
  public void visitBoolean(String name, boolean value) {
    add(name, Boolean.toString(value));
  }

  @Override
  public void visitString(String name, String value) {
    add(name, value);
  }

  @Override
  public void visitNull(String name) {
    add(name, "null");
  }

  @Override
  public void visitMessage(String text) {
    message = text;
  }
}
