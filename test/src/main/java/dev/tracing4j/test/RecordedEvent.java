package dev.tracing4j.test;

import dev.tracing4j.Level;
import java.util.Map;
import java.util.Optional;

/**
 * An event as it was recorded: immutable.
 *
 * <pre>{@code
 * RecordedEvent declined = trace.span("charge").events().get(0);
 * assertEquals(Level.ERROR, declined.level());
 * assertEquals("declined", declined.message());
 * assertEquals("card", declined.fields().get("reason"));
 * }</pre>
 */
public final class RecordedEvent {

  private final TraceSnapshot trace;
  private final EventRecord record;
  private final int spanIndex;

  RecordedEvent(TraceSnapshot trace, EventRecord record, int spanIndex) {
    this.trace = trace;
    this.record = record;
    this.spanIndex = spanIndex;
  }

  public Level level() {
    return record.level();
  }

  /** The unit that filters match: a {@code Tracer}'s target, an {@code @Instrument} class. */
  public String target() {
    return record.target();
  }

  /** The message, or {@code ""} for an event logged without one. */
  public String message() {
    return record.message() == null ? "" : record.message();
  }

  /**
   * The fields, in the order they were added, typed as {@link RecordedSpan#fields()} are; the
   * message is not among them (a field that the caller named {@code message} is).
   */
  public Map<String, Object> fields() {
    return record.fields();
  }

  /** The span it happened in, empty outside any span of the test. */
  public Optional<RecordedSpan> span() {
    return spanIndex < 0 ? Optional.empty() : Optional.of(trace.spans().get(spanIndex));
  }

  /** The name of the thread it happened on. */
  public String thread() {
    return record.thread();
  }

  /**
   * Its position among everything the test recorded, from 0: comparable with {@link
   * RecordedSpan.Transition#sequence()}.
   */
  public long sequence() {
    return record.sequence();
  }

  TraceSnapshot trace() {
    return trace;
  }

  EventRecord record() {
    return record;
  }

  int spanIndex() {
    return spanIndex;
  }

  /** The event's fmt line without its timestamp, as {@link RecordedTrace#fmt()} has it. */
  @Override
  public String toString() {
    return record.fmtLine();
  }
}
