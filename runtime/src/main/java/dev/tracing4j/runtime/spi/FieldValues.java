package dev.tracing4j.runtime.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * An ordered list of named, typed field values: what a span or an event records.
 *
 * <p>Primitives are stored unboxed; other objects are kept as they are and turned into text only by
 * a subscriber that prints them. Boxed numbers and booleans passed as {@code Object} are recorded
 * with their primitive type, and any {@code CharSequence} as a string.
 *
 * <p>Instances are built by the caller and handed to a {@link Subscriber}, which reads them during
 * the call and copies what it keeps ({@link #copy()}). They are not thread-safe.
 *
 * <pre>{@code
 * FieldValues fields = new FieldValues().add("order.id", 42L).add("customer", "ada");
 * fields.visit(new FieldVisitor() {
 *   public void visitObject(String name, Object value) { ... }
 *   public void visitLong(String name, long value) { ... }
 * });
 * }</pre>
 */
public final class FieldValues {

  /** The name of the field that holds an event's message; events list it first. */
  public static final String MESSAGE = "message";

  private static final byte EMPTY = 0;
  private static final byte LONG = 1;
  private static final byte DOUBLE = 2;
  private static final byte BOOLEAN = 3;
  private static final byte STRING = 4;
  private static final byte OBJECT = 5;
  private static final byte NULL = 6;

  private String[] names;
  private byte[] types;
  private long[] bits;
  private Object[] refs;
  private int size;

  /** An empty list. */
  public FieldValues() {
    this(4);
  }

  /** An empty list with room for {@code capacity} fields before it grows. */
  public FieldValues(int capacity) {
    names = new String[capacity];
    types = new byte[capacity];
    bits = new long[capacity];
    refs = new Object[capacity];
  }

  /** Appends an integer field. */
  public FieldValues add(String name, long value) {
    int i = append(name, LONG);
    bits[i] = value;
    return this;
  }

  /** Appends a floating-point field. */
  public FieldValues add(String name, double value) {
    int i = append(name, DOUBLE);
    bits[i] = Double.doubleToRawLongBits(value);
    return this;
  }

  /** Appends a boolean field. */
  public FieldValues add(String name, boolean value) {
    int i = append(name, BOOLEAN);
    bits[i] = value ? 1 : 0;
    return this;
  }

  /** Appends a string field; {@code null} records a null value. */
  public FieldValues add(String name, String value) {
    int i = append(name, value == null ? NULL : STRING);
    refs[i] = value;
    return this;
  }

  /**
   * Appends a field of any type. Boxed integers, floats and booleans keep their type, a {@code
   * CharSequence} becomes a string, {@code null} a null value; any other object is kept for a
   * subscriber to turn into text.
   */
  public FieldValues add(String name, Object value) {
    if (value == null) {
      append(name, NULL);
    } else if (value instanceof String s) {
      add(name, s);
    } else if (value instanceof Long || value instanceof Integer
        || value instanceof Short || value instanceof Byte) {
      add(name, ((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      add(name, ((Number) value).doubleValue());
    } else if (value instanceof Boolean b) {
      add(name, b.booleanValue());
    } else if (value instanceof CharSequence cs) {
      add(name, cs.toString());
    } else {
      int i = append(name, OBJECT);
      refs[i] = value;
    }
    return this;
  }

  /** Appends a declared field that has no value yet; visitors skip it until it is recorded. */
  public FieldValues addEmpty(String name) {
    append(name, EMPTY);
    return this;
  }

  /** Inserts a string field before all others; events use it for their message. */
  public FieldValues addFirst(String name, String value) {
    append(name, EMPTY);
    System.arraycopy(names, 0, names, 1, size - 1);
    System.arraycopy(types, 0, types, 1, size - 1);
    System.arraycopy(bits, 0, bits, 1, size - 1);
    System.arraycopy(refs, 0, refs, 1, size - 1);
    names[0] = name;
    types[0] = value == null ? NULL : STRING;
    bits[0] = 0;
    refs[0] = value;
    return this;
  }

  /** The number of fields, including declared fields without a value. */
  public int size() {
    return size;
  }

  /** Whether there is no field at all. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The name of the field at {@code index}. */
  public String name(int index) {
    Objects.checkIndex(index, size);
    return names[index];
  }

  /** Whether the field at {@code index} has a value (declared fields have none until recorded). */
  public boolean hasValue(int index) {
    Objects.checkIndex(index, size);
    return types[index] != EMPTY;
  }

  /** The index of the first field named {@code name}, or -1. */
  public int indexOf(String name) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The value at {@code index}, boxed: a {@code Long}, {@code Double}, {@code Boolean}, {@code
   * String}, the recorded object, or {@code null} for a null or missing value. Meant for filters
   * and tests; formatting code should {@link #visit} instead.
   */
  public Object value(int index) {
    Objects.checkIndex(index, size);
    return switch (types[index]) {
      case LONG -> bits[index];
      case DOUBLE -> Double.longBitsToDouble(bits[index]);
      case BOOLEAN -> bits[index] != 0;
      case STRING, OBJECT -> refs[index];
      default -> null;
    };
  }

  /** Visits every field that has a value, in order. */
  public void visit(FieldVisitor visitor) {
    for (int i = 0; i < size; i++) {
      visit(i, visitor);
    }
  }

  /** Visits the field at {@code index}; nothing happens when it has no value yet. */
  public void visit(int index, FieldVisitor visitor) {
    Objects.checkIndex(index, size);
    String name = names[index];
    switch (types[index]) {
      case LONG -> visitor.visitLong(name, bits[index]);
      case DOUBLE -> visitor.visitDouble(name, Double.longBitsToDouble(bits[index]));
      case BOOLEAN -> visitor.visitBoolean(name, bits[index] != 0);
      case STRING -> visitor.visitString(name, (String) refs[index]);
      case OBJECT -> visitor.visitObject(name, refs[index]);
      case NULL -> visitor.visitNull(name);
      default -> { } // declared, not recorded yet
    }
  }

  /**
   * Records {@code values} into this list: a value for a field already here replaces it in place
   * (filling a declared field), a new name is appended.
   */
  public void merge(FieldValues values) {
    for (int j = 0; j < values.size; j++) {
      if (values.types[j] == EMPTY) {
        continue;
      }
      int i = indexOf(values.names[j]);
      if (i < 0) {
        i = append(values.names[j], EMPTY);
      }
      types[i] = values.types[j];
      bits[i] = values.bits[j];
      refs[i] = values.refs[j];
    }
  }

  /** An independent copy, for a subscriber that keeps the values beyond the call. */
  public FieldValues copy() {
    FieldValues copy = new FieldValues(Math.max(size, 1));
    System.arraycopy(names, 0, copy.names, 0, size);
    System.arraycopy(types, 0, copy.types, 0, size);
    System.arraycopy(bits, 0, copy.bits, 0, size);
    System.arraycopy(refs, 0, copy.refs, 0, size);
    copy.size = size;
    return copy;
  }

  /** The fields as {@code name=value} pairs, for debugging. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < size; i++) {
      if (types[i] == EMPTY) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      Object value = value(i);
      out.append(names[i]).append('=');
      if (value instanceof String) {
        out.append('"').append(value).append('"');
      } else {
        out.append(value);
      }
    }
    return out.toString();
  }

  private int append(String name, byte type) {
    Objects.requireNonNull(name, "field name");
    if (size == names.length) {
      int capacity = Math.max(4, size * 2);
      names = Arrays.copyOf(names, capacity);
      types = Arrays.copyOf(types, capacity);
      bits = Arrays.copyOf(bits, capacity);
      refs = Arrays.copyOf(refs, capacity);
    }
    int i = size++;
    names[i] = name;
    types[i] = type;
    return i;
  }
}
