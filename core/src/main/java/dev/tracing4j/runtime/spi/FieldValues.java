package dev.tracing4j.runtime.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * An ordered list of named, typed field values: what a span or an event records, and an event's
 * message.
 *
 * <p>Primitives are stored unboxed; other objects are kept as they are and turned into text only by
 * a subscriber that prints them. Boxed numbers and booleans passed as {@code Object} are recorded
 * with their primitive type, and any {@code CharSequence} as a string.
 *
 * <p>A name appears once: a value added under a name already present replaces the earlier one in
 * its place, so a repeated name keeps the last value. An event's message ({@link #addMessage}) is
 * not a field: it comes first, under the name {@link #MESSAGE}, and a field that the caller names
 * {@code message} is another entry, which formats write under a name of its own ({@link
 * dev.tracing4j.runtime.format.StructuralNames}).
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

  /** The name under which an event's message is listed, first; see {@link #addMessage}. */
  public static final String MESSAGE = "message";

  // Two arrays per list: slots holds name, value pairs; bits holds primitives. The value slot of
  // a primitive holds a private marker naming its type, so no third array of types is needed.
  private static final Object LONG = new Object();
  private static final Object DOUBLE = new Object();
  private static final Object BOOLEAN = new Object();
  private static final Object NULL = new Object();
  /** A declared field without a value: visitors skip it. */
  private static final Object EMPTY = null;
  /** The longest string value {@link #clear()} keeps in place. */
  private static final int KEPT_STRING_LENGTH = 64;

  private Object[] slots;
  private long[] bits;
  /**
   * Where the first field is stored. A list that is cleared for reuse keeps one slot free in
   * front, so that the message an event adds first goes there without moving the other fields.
   */
  private int head;
  private int size;
  /** Whether the entry at {@code head} is the event's message rather than a field. */
  private boolean hasMessage;

  /** An empty list. */
  public FieldValues() {
    this(4);
  }

  /** An empty list with room for {@code capacity} fields before it grows. */
  public FieldValues(int capacity) {
    slots = new Object[2 * capacity];
    bits = new long[capacity];
  }

  /** Adds an integer field. */
  public FieldValues add(String name, long value) {
    int at = put(name, LONG); // before reading bits: appending may grow it
    bits[at] = value;
    return this;
  }

  /** Adds a floating-point field. */
  public FieldValues add(String name, double value) {
    int at = put(name, DOUBLE);
    bits[at] = Double.doubleToRawLongBits(value);
    return this;
  }

  /** Adds a boolean field. */
  public FieldValues add(String name, boolean value) {
    int at = put(name, BOOLEAN);
    bits[at] = value ? 1 : 0;
    return this;
  }

  /** Adds a string field; {@code null} records a null value. */
  public FieldValues add(String name, String value) {
    put(name, value == null ? NULL : value);
    return this;
  }

  /**
   * Adds a field of any type. Boxed integers, floats and booleans keep their type, a {@code
   * CharSequence} becomes a string at once (a builder may change after the call), {@code null} a
   * null value; any other object is kept for a subscriber to turn into text. A {@code
   * CharSequence} whose {@code toString()} fails is recorded as a placeholder (see {@link
   * DisplayValue}): recording a value never throws.
   */
  public FieldValues add(String name, Object value) {
    if (value == null) {
      put(name, NULL);
    } else if (value instanceof String s) {
      add(name, s);
    } else if (value instanceof Long || value instanceof Integer
        || value instanceof Short || value instanceof Byte) {
      add(name, ((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      add(name, ((Number) value).doubleValue());
    } else if (value instanceof Boolean b) {
      add(name, b.booleanValue());
    } else if (value instanceof CharSequence text) {
      add(name, DisplayValue.of(text));
    } else {
      put(name, value);
    }
    return this;
  }

  /**
   * Declares a field that has no value yet; visitors skip it until it is recorded. Declaring a
   * name already present changes nothing.
   */
  public FieldValues addEmpty(String name) {
    if (find(Objects.requireNonNull(name, "field name")) < 0) {
      append(name, EMPTY);
    }
    return this;
  }

  /**
   * Sets the event's message: listed before every field, under the name {@link #MESSAGE}, and
   * visited with {@link FieldVisitor#visitMessage}. A second call replaces it.
   */
  public FieldValues addMessage(String message) {
    Objects.requireNonNull(message, "message");
    if (hasMessage) {
      store(2 * head + 1, message);
      return this;
    }
    if (head == 0) {
      append(MESSAGE, EMPTY);
      System.arraycopy(slots, 0, slots, 2, 2 * (size - 1));
      System.arraycopy(bits, 0, bits, 1, size - 1);
    } else {
      head--;
      size++;
    }
    store(2 * head, MESSAGE);
    store(2 * head + 1, message);
    bits[head] = 0;
    hasMessage = true;
    return this;
  }

  /** Whether an event's message was set ({@link #addMessage}). */
  public boolean hasMessage() {
    return hasMessage;
  }

  /** The event's message, or {@code null} if it has none. */
  public String message() {
    return hasMessage ? (String) slots[2 * head + 1] : null;
  }

  /**
   * Removes every field, so that the list can be filled again without a new allocation. The
   * reused list keeps a free slot in front for an event's message (see {@link #addMessage}). Until
   * they are overwritten it still refers to the old field names and to string values of up to 64
   * characters; it lets go of every other value.
   */
  public void clear() {
    // Names, type markers and short strings (a message is mostly a constant) stay in place for
    // the next event of the same callsite to find there (see store); objects and long strings
    // are let go, so that a list kept by a thread holds on to no more than a few hundred bytes.
    for (int i = 2 * head + 1; i < 2 * (head + size); i += 2) {
      Object value = slots[i];
      if (value instanceof String text ? text.length() > KEPT_STRING_LENGTH : !isMarker(value)) {
        slots[i] = null;
      }
    }
    size = 0;
    head = 1;
    hasMessage = false;
  }

  private static boolean isMarker(Object value) {
    return value == LONG || value == DOUBLE || value == BOOLEAN || value == NULL;
  }

  /** The number of fields, including declared fields without a value, and the message. */
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
    return (String) slots[2 * (head + index)];
  }

  /** Whether the field at {@code index} has a value (declared fields have none until recorded). */
  public boolean hasValue(int index) {
    Objects.checkIndex(index, size);
    return slots[2 * (head + index) + 1] != EMPTY;
  }

  /** Whether the fields are exactly {@code names}, in that order. */
  public boolean hasNames(String[] names) {
    if (size != names.length) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      Object name = slots[2 * (head + i)];
      if (name != names[i] && !name.equals(names[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The index of the field named {@code name}, or -1. For {@link #MESSAGE} that is the message's
   * when there is one.
   */
  public int indexOf(String name) {
    for (int i = 0; i < size; i++) {
      if (slots[2 * (head + i)].equals(name)) {
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
    int at = head + index;
    Object value = slots[2 * at + 1];
    if (value == LONG) {
      return bits[at];
    } else if (value == DOUBLE) {
      return Double.longBitsToDouble(bits[at]);
    } else if (value == BOOLEAN) {
      return bits[at] != 0;
    } else if (value == NULL) {
      return null;
    }
    return value;
  }

  /** Visits the message, if any, then every field that has a value, in order. */
  public void visit(FieldVisitor visitor) {
    int at = head;
    if (hasMessage) {
      visitor.visitMessage((String) slots[2 * at + 1]);
      at++;
    }
    for (; at < head + size; at++) {
      visitAt(at, visitor);
    }
  }

  /** Visits the field at {@code index}; nothing happens when it has no value yet. */
  public void visit(int index, FieldVisitor visitor) {
    Objects.checkIndex(index, size);
    if (index == 0 && hasMessage) {
      visitor.visitMessage((String) slots[2 * head + 1]);
    } else {
      visitAt(head + index, visitor);
    }
  }

  private void visitAt(int at, FieldVisitor visitor) {
    String name = (String) slots[2 * at];
    Object value = slots[2 * at + 1];
    if (value == EMPTY) {
      return; // declared, not recorded yet
    } else if (value == LONG) {
      visitor.visitLong(name, bits[at]);
    } else if (value == DOUBLE) {
      visitor.visitDouble(name, Double.longBitsToDouble(bits[at]));
    } else if (value == BOOLEAN) {
      visitor.visitBoolean(name, bits[at] != 0);
    } else if (value == NULL) {
      visitor.visitNull(name);
    } else if (value instanceof String text) {
      visitor.visitString(name, text);
    } else {
      visitor.visitObject(name, value);
    }
  }

  /**
   * Records {@code values} into this list: a value for a field already here replaces it in place
   * (filling a declared field), a new name is appended. A message of {@code values} is not merged.
   */
  public void merge(FieldValues values) {
    for (int j = values.hasMessage ? values.head + 1 : values.head;
        j < values.head + values.size; j++) {
      Object value = values.slots[2 * j + 1];
      if (value == EMPTY) {
        continue;
      }
      String name = (String) values.slots[2 * j];
      int found = find(name);
      int at = found < 0 ? append(name, EMPTY) : found;
      slots[2 * at + 1] = value;
      bits[at] = values.bits[j];
    }
  }

  /** An independent copy, for a subscriber that keeps the values beyond the call. */
  public FieldValues copy() {
    FieldValues copy = new FieldValues(Math.max(size, 1));
    System.arraycopy(slots, 2 * head, copy.slots, 0, 2 * size);
    System.arraycopy(bits, head, copy.bits, 0, size);
    copy.size = size;
    copy.hasMessage = hasMessage;
    return copy;
  }

  /** The fields as {@code name=value} pairs, for debugging. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < size; i++) {
      if (!hasValue(i)) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      Object value = value(i);
      out.append(name(i)).append('=');
      if (value instanceof String) {
        out.append('"').append(value).append('"');
      } else {
        out.append(value);
      }
    }
    return out.toString();
  }

  /**
   * Stores {@code value} (an object or a type marker) for the field {@code name}: in the place of
   * the field of that name if there is one, else at the end. Returns where it is stored.
   */
  private int put(String name, Object value) {
    int at = find(Objects.requireNonNull(name, "field name"));
    if (at < 0) {
      return append(name, value);
    }
    store(2 * at + 1, value);
    return at;
  }

  /**
   * Where the field {@code name} is stored, or -1; the message is not a field. A scan, not a map:
   * fields are few, and their names mostly constants that compare by identity.
   */
  private int find(String name) {
    for (int at = hasMessage ? head + 1 : head; at < head + size; at++) {
      Object other = slots[2 * at];
      if (other == name || name.equals(other)) {
        return at;
      }
    }
    return -1;
  }

  /**
   * Appends a field whose value slot holds {@code value} (an object or a type marker); returns
   * where it is stored.
   */
  private int append(String name, Object value) {
    Objects.requireNonNull(name, "field name");
    int at = head + size;
    if (at == bits.length) {
      int capacity = Math.max(4, at * 2);
      slots = Arrays.copyOf(slots, 2 * capacity);
      bits = Arrays.copyOf(bits, capacity);
    }
    size++;
    store(2 * at, name);
    store(2 * at + 1, value);
    return at;
  }

  /**
   * Stores a reference unless it is already there. A list reused event after event lives in the
   * old generation, where every reference store pays the collector's write barrier (with G1, a
   * memory fence); a callsite's names and type markers come back at the same places every time,
   * and a read costs nothing of the kind.
   */
  private void store(int slot, Object reference) {
    if (slots[slot] != reference) {
      slots[slot] = reference;
    }
  }
}
