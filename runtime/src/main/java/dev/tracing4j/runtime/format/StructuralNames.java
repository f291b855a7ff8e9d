package dev.tracing4j.runtime.format;

/**
 * The names a format writes itself in the object that holds fields, so that a field cannot take
 * one of them and forge structure: a field named {@code message} beside an event's message, or
 * {@code id} beside a span's id. This class is the one place where each format's names are listed.
 *
 * <p>The rule, the same in every format: a field whose name is structural there is written as
 * {@code field.<name>}; and so that a real field of that name cannot collide in turn, so is one
 * whose name is a structural name behind one or more {@code field.} prefixes ({@code field.id}
 * becomes {@code field.field.id}). Every other name is written as it is, so the renaming is
 * one-to-one and the original name is the written one minus one {@code field.}. Repeated names
 * never reach a format: a field recorded twice keeps its last value ({@link
 * dev.tracing4j.runtime.spi.FieldValues}).
 *
 * <pre>{@code
 * StructuralNames.JSON_SPAN.written("id");          // "field.id"
 * StructuralNames.JSON_SPAN.written("field.id");    // "field.field.id"
 * StructuralNames.JSON_SPAN.written("order.id");    // "order.id"
 * }</pre>
 */
public final class StructuralNames {

  /** What a structural name is written behind. */
  public static final String PREFIX = "field.";

  /** Where the format writes no name of its own among the fields: fmt's span context. */
  public static final StructuralNames NONE = new StructuralNames();
  /**
   * An event's fields in fmt and json: its message, and the busy and idle time that a span's
   * {@code close} event carries in the same place.
   */
  public static final StructuralNames EVENT =
      new StructuralNames("message", "time.busy", "time.idle");
  /** A json span object, which starts with the span's {@code id} and {@code name}. */
  public static final StructuralNames JSON_SPAN = new StructuralNames("id", "name");
  /** The {@code args} of a chrome instant event: the event's level and message. */
  public static final StructuralNames CHROME_EVENT = new StructuralNames("level", "message");
  /**
   * The {@code args} of a chrome span slice: the end of the slice carries the span's busy and
   * idle time, and trace viewers show the args of both ends together.
   */
  public static final StructuralNames CHROME_SPAN = new StructuralNames("time.busy", "time.idle");

  private final String[] names;

  private StructuralNames(String... names) {
    this.names = names;
  }

  /**
   * Whether a field named {@code name} is written as {@link #PREFIX} + {@code name}. A check
   * against a few names, with no allocation: it runs for every field written.
   */
  public boolean isRenamed(String name) {
    if (names.length == 0) {
      return false;
    }
    int from = 0;
    while (name.startsWith(PREFIX, from)) {
      from += PREFIX.length();
    }
    int length = name.length() - from;
    for (String structural : names) {
      if (structural.length() == length && name.startsWith(structural, from)) {
        return true;
      }
    }
    return false;
  }

  /** The name under which a field named {@code name} is written. */
  public String written(String name) {
    return isRenamed(name) ? PREFIX + name : name;
  }
}
