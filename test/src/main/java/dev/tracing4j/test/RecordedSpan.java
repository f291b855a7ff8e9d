package dev.tracing4j.test;

import dev.tracing4j.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A span as it was when the trace was queried: immutable, so a span that was open then reads as
 * open; query the trace again to see it later. Spans and events of one query link to each other
 * ({@link #parent()}, {@link #children()}, {@link #events()}).
 *
 * <pre>{@code
 * RecordedSpan place = trace.span("place");
 * assertEquals(42L, place.fields().get("order.id"));
 * assertEquals("handle", place.parent().orElseThrow().name());
 * assertTrue(place.isClosed());
 * }</pre>
 */
public final class RecordedSpan {

  /** A step of a span's life, as subscribers see it. */
  public enum Phase {
    /** Created. */
    NEW,
    /** Entered on a thread. */
    ENTER,
    /** Exited on a thread. */
    EXIT,
    /** Closed: its last step. */
    CLOSE
  }

  /**
   * One step of a span's life.
   *
   * @param phase what happened
   * @param thread the name of the thread it happened on
   * @param sequence its position among everything the test recorded, from 0: comparable with
   *     {@link RecordedEvent#sequence()}
   */
  public record Transition(Phase phase, String thread, long sequence) {}

  private final TraceSnapshot trace;
  private final int index;
  private final long id;
  private final String name;
  private final String target;
  private final Level level;
  private final Map<String, Object> fields;
  private final String fmtFields;
  private final String thread;
  private final long busyNanos;
  private final long idleNanos;
  private final List<Transition> lifecycle;

  RecordedSpan(TraceSnapshot trace, int index, long id, String name, String target, Level level,
      Map<String, Object> fields, String fmtFields, String thread, long busyNanos,
      long idleNanos, List<Transition> lifecycle) {
    this.trace = trace;
    this.index = index;
    this.id = id;
    this.name = name;
    this.target = target;
    this.level = level;
    this.fields = fields;
    this.fmtFields = fmtFields;
    this.thread = thread;
    this.busyNanos = busyNanos;
    this.idleNanos = idleNanos;
    this.lifecycle = lifecycle;
  }

  /** The span's id, unique in the process (the {@code id} of json output). */
  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** The unit that filters match, for an {@code @Instrument} method its class's binary name. */
  public String target() {
    return target;
  }

  public Level level() {
    return level;
  }

  /**
   * The fields that have a value, in declaration order: integers as {@code Long}, floats as
   * {@code Double}, {@code Boolean}, {@code String}, a {@code null} value as {@code null}, any
   * other object as it was recorded.
   */
  public Map<String, Object> fields() {
    return fields;
  }

  /** The name of the thread that created the span. */
  public String thread() {
    return thread;
  }

  /** Time during which the span was entered on at least one thread, up to its close or now. */
  public long busyNanos() {
    return busyNanos;
  }

  /** The rest of its life so far: from creation to close (or now) minus busy; never negative. */
  public long idleNanos() {
    return idleNanos;
  }

  /** Whether the span had closed. */
  public boolean isClosed() {
    return lifecycle.get(lifecycle.size() - 1).phase() == Phase.CLOSE;
  }

  /**
   * Its life so far: {@code NEW}, then each {@code ENTER} and {@code EXIT} with its thread, and
   * {@code CLOSE} last.
   */
  public List<Transition> lifecycle() {
    return lifecycle;
  }

  /** Its position among everything the test recorded: that of its creation. */
  public long sequence() {
    return lifecycle.get(0).sequence();
  }

  /** The parent span, empty for a root of the trace. */
  public Optional<RecordedSpan> parent() {
    return trace.parentOf(index);
  }

  /** The spans created inside this one, in the order they were created. */
  public List<RecordedSpan> children() {
    return trace.childrenOf(index);
  }

  /** The spans this one follows from ({@code Span.followsFrom}), without being their child. */
  public List<RecordedSpan> followsFrom() {
    return trace.followsFromOf(index);
  }

  /** The events recorded inside this span itself (not inside its children), in order. */
  public List<RecordedEvent> events() {
    return trace.eventsOf(index);
  }

  int index() {
    return index;
  }

  TraceSnapshot trace() {
    return trace;
  }

  /** The fields as fmt writes them between the braces. */
  String fmtFields() {
    return fmtFields;
  }

  /** The span as fmt writes it in a context: {@code place{order.id=42}}. */
  @Override
  public String toString() {
    return FmtText.span(name, fmtFields);
  }
}
