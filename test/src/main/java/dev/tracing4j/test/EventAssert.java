package dev.tracing4j.test;

import dev.tracing4j.Level;
import java.util.Objects;

/**
 * Expectations about one recorded event; each returns this assertion, so they chain. A failure
 * says what was expected and what the event is instead, followed by the recorded tree.
 *
 * <pre>{@code
 * assertThat(trace).span("charge").event(Level.ERROR, "declined")
 *     .hasField("reason", "card")
 *     .hasTarget("com.shop.Payments");
 * }</pre>
 *
 * @see TracingAssertions
 */
public final class EventAssert {

  private final RecordedEvent event;

  EventAssert(RecordedEvent event) {
    this.event = Objects.requireNonNull(event, "event");
  }

  /** The event, for checks of your own. */
  public RecordedEvent event() {
    return event;
  }

  public EventAssert hasLevel(Level level) {
    if (event.level() != level) {
      throw fail("to have level " + level + ", but it has " + event.level());
    }
    return this;
  }

  public EventAssert hasTarget(String target) {
    if (!event.target().equals(target)) {
      throw fail("to have target " + target + ", but it has " + event.target());
    }
    return this;
  }

  public EventAssert hasMessage(String message) {
    if (!event.message().equals(message)) {
      throw fail("to have message " + FmtText.quoted(message) + ", but it has "
          + FmtText.quoted(event.message()));
    }
    return this;
  }

  /** The field {@code name} is the integer {@code value} (an {@code int} is recorded as one). */
  public EventAssert hasField(String name, long value) {
    return checkField(name, value);
  }

  public EventAssert hasField(String name, double value) {
    return checkField(name, value);
  }

  public EventAssert hasField(String name, boolean value) {
    return checkField(name, value);
  }

  public EventAssert hasField(String name, String value) {
    return checkField(name, value);
  }

  /** As {@link SpanAssert#hasField(String, Object)}. */
  public EventAssert hasField(String name, Object value) {
    return checkField(name, value);
  }

  private EventAssert checkField(String name, Object value) {
    String mismatch = FieldCheck.mismatch(subject(), event.fields(), name, value);
    if (mismatch != null) {
      throw new TraceAssertionError(mismatch, event.trace());
    }
    return this;
  }

  public EventAssert hasNoField(String name) {
    if (event.fields().containsKey(name)) {
      throw fail("to have no field " + FmtText.escaped(name) + ", but it has "
          + FmtText.escaped(name) + "=" + FieldCheck.describe(event.fields().get(name)));
    }
    return this;
  }

  /** The event happened directly inside a span named {@code name}. */
  public EventAssert isInSpan(String name) {
    RecordedSpan span = event.span().orElseThrow(() ->
        fail("to be in span " + FmtText.escaped(name) + ", but it is outside any span"));
    if (!span.name().equals(name)) {
      throw fail("to be in span " + FmtText.escaped(name) + ", but it is in " + span);
    }
    return this;
  }

  public EventAssert isOutsideAnySpan() {
    event.span().ifPresent(span -> {
      throw fail("to be outside any span, but it is in " + span);
    });
    return this;
  }

  private String subject() {
    return "event " + describe(event);
  }

  private TraceAssertionError fail(String whatInstead) {
    return new TraceAssertionError("expected " + subject() + " " + whatInstead, event.trace());
  }

  static boolean is(RecordedEvent event, Level level, String message) {
    return event.level() == level && event.message().equals(message);
  }

  /** {@code ERROR "declined"}, as failure messages name an event. */
  static String describe(RecordedEvent event) {
    return event.level() + " " + FmtText.quoted(event.message());
  }

  /** {@code ERROR event "declined"}. */
  static String describe(Level level, String message) {
    return level + " event " + FmtText.quoted(message);
  }

  /** {@code an ERROR event "declined"}, {@code a WARN event "slow"}. */
  static String withArticle(Level level, String message) {
    boolean vowel = level == Level.INFO || level == Level.ERROR;
    return (vowel ? "an " : "a ") + describe(level, message);
  }
}
