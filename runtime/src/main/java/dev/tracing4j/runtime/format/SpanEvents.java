package dev.tracing4j.runtime.format;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which span lifecycle events a formatting layer prints, as in {@code tracing4j.span_events}: a
 * comma-separated list of {@code new, enter, exit, close}, or {@code none}, {@code active} (enter
 * and exit) or {@code full} (all four).
 *
 * <pre>{@code
 * SpanEvents.parse("close");          // busy/idle of each span when it closes
 * SpanEvents.parse("new,close");
 * }</pre>
 */
public final class SpanEvents {

  /** No lifecycle event; the default. */
  public static final SpanEvents NONE = new SpanEvents(EnumSet.noneOf(SpanEvent.class));
  /** Enter and exit. */
  public static final SpanEvents ACTIVE =
      new SpanEvents(EnumSet.of(SpanEvent.ENTER, SpanEvent.EXIT));
  /** All four. */
  public static final SpanEvents FULL = new SpanEvents(EnumSet.allOf(SpanEvent.class));

  /** The accepted forms, for error messages. */
  public static final String ACCEPTED =
      "a comma-separated list of new, enter, exit, close, or one of none, active, full";

  private final Set<SpanEvent> events;

  private SpanEvents(Set<SpanEvent> events) {
    this.events = events;
  }

  /** Exactly the given events. */
  public static SpanEvents of(SpanEvent... events) {
    EnumSet<SpanEvent> set = EnumSet.noneOf(SpanEvent.class);
    set.addAll(java.util.List.of(events));
    return new SpanEvents(set);
  }

  /**
   * Parses the configuration form, ignoring case and spaces.
   *
   * @throws IllegalArgumentException naming the unknown word and the accepted forms
   */
  public static SpanEvents parse(String text) {
    EnumSet<SpanEvent> set = EnumSet.noneOf(SpanEvent.class);
    for (String word : text.split(",", -1)) {
      String name = word.trim().toLowerCase(Locale.ROOT);
      switch (name) {
        case "none" -> { }
        case "active" -> set.addAll(ACTIVE.events);
        case "full" -> set.addAll(FULL.events);
        case "new" -> set.add(SpanEvent.NEW);
        case "enter" -> set.add(SpanEvent.ENTER);
        case "exit" -> set.add(SpanEvent.EXIT);
        case "close" -> set.add(SpanEvent.CLOSE);
        default -> throw new IllegalArgumentException(
            (name.isEmpty() ? "empty entry" : "unknown span event '" + word.trim() + "'")
                + "; expected " + ACCEPTED);
      }
    }
    return new SpanEvents(set);
  }

  /** Whether {@code event} is printed. */
  public boolean contains(SpanEvent event) {
    return events.contains(event);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SpanEvents that && events.equals(that.events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  @Override
  public String toString() {
    if (events.isEmpty()) {
      return "none";
    }
    StringBuilder out = new StringBuilder();
    for (SpanEvent event : events) {
      out.append(out.length() == 0 ? "" : ",").append(event.message());
    }
    return out.toString();
  }
}
