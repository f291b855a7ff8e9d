package dev.tracing4j.runtime;

/**
 * Collects an event's fields, then {@link #log}s it. Returned by {@link Tracer#atInfo()} and its
 * siblings; when the level is disabled the builder is a shared no-op, so a disabled event
 * allocates nothing.
 *
 * <pre>{@code
 * log.atInfo().field("order.id", 42L).field("ok", true).log("placed");
 * }</pre>
 *
 * <p>A builder records one event: {@link #log} hands its fields over, and a second call starts
 * from no field. Builders are meant for one thread, like the statement that creates them.
 */
public interface EventBuilder {

  /**
   * Starts an event of a static callsite; the builder is disabled (and free) when the callsite is.
   *
   * <pre>{@code
   * private static final Callsite RETRY = Callsite.event("retry", "com.shop.Client", Level.WARN, null, 0);
   * EventBuilder.of(RETRY).field("attempt", attempt).log("retrying");
   * }</pre>
   */
  static EventBuilder of(Callsite callsite) {
    return RecordingEventBuilder.of(callsite);
  }

  /** Adds an integer field ({@code int}, {@code short} and {@code byte} widen to it). */
  EventBuilder field(String name, long value);

  /** Adds a floating-point field. */
  EventBuilder field(String name, double value);

  /** Adds a boolean field. */
  EventBuilder field(String name, boolean value);

  /** Adds a string field. */
  EventBuilder field(String name, String value);

  /** Adds a field of any type, turned into text only if a subscriber prints it. */
  EventBuilder field(String name, Object value);

  /** Records the event inside {@code parent} instead of the current span. */
  EventBuilder parent(Span parent);

  /** Records the event with a message. */
  void log(String message);

  /** Records the event with its fields only. */
  void log();

  /** Whether {@link #log} records nothing. */
  boolean isDisabled();
}
