package dev.tracing4j.runtime.spi;

/**
 * Receives field values with their types, as {@link FieldValues#visit} walks them.
 *
 * <p>Every typed method defaults to {@link #visitObject}, so a visitor that treats all values alike
 * implements one method, and one that cares about numbers overrides only {@link #visitLong} and
 * {@link #visitDouble}.
 *
 * <pre>{@code
 * fields.visit((name, value) -> out.append(name).append('=').append(value));
 * }</pre>
 */
@FunctionalInterface
public interface FieldVisitor {

  /**
   * Receives a value of any other type. The value is the object that was recorded; calling its
   * {@code toString()} is the visitor's decision. It is {@code null} only when {@link #visitNull}
   * is not overridden.
   */
  void visitObject(String name, Object value);

  /** Receives an integer ({@code long}, {@code int}, {@code short} or {@code byte}). */
  default void visitLong(String name, long value) {
    visitObject(name, value);
  }

  /** Receives a floating-point value ({@code double} or {@code float}). */
  default void visitDouble(String name, double value) {
    visitObject(name, value);
  }

  /** Receives a boolean. */
  default void visitBoolean(String name, boolean value) {
    visitObject(name, value);
  }

  /** Receives a string (a {@code String} or any {@code CharSequence}, already converted). */
  default void visitString(String name, String value) {
    visitObject(name, value);
  }

  /** Receives a {@code null} value. */
  default void visitNull(String name) {
    visitObject(name, null);
  }

  /**
   * Receives an event's message, visited before its fields. It is not a field: a field that the
   * caller named {@code message} comes to {@link #visitString} or another typed method, so a
   * visitor that writes them apart tells the two apart. By default it comes as the string field
   * {@link FieldValues#MESSAGE}.
   */
  default void visitMessage(String message) {
    visitString(FieldValues.MESSAGE, message);
  }
}
