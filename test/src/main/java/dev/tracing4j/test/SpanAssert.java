package dev.tracing4j.test;

import dev.tracing4j.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Expectations about one recorded span. Each returns this assertion, or the one of a related span
 * ({@link #child}, {@link #parent()}) or event ({@link #event}), so they chain; a failure says
 * what was expected and what the span is instead, followed by the recorded tree.
 *
 * <pre>{@code
 * assertThat(trace).span("place")
 *     .hasField("order.id", 42L)
 *     .hasParent("handle")
 *     .isClosed()
 *     .hasEvent(Level.ERROR, "declined")
 *     .hasNoChildren();
 * }</pre>
 *
 * @see TracingAssertions
 */
public final class SpanAssert {

  private final RecordedSpan span;

  SpanAssert(RecordedSpan span) {
    this.span = Objects.requireNonNull(span, "span");
  }

  /** The span, for checks of your own. */
  public RecordedSpan span() {
    return span;
  }

  public SpanAssert hasTarget(String target) {
    if (!span.target().equals(target)) {
      throw fail("to have target " + target + ", but it has " + span.target());
    }
    return this;
  }

  public SpanAssert hasLevel(Level level) {
    if (span.level() != level) {
      throw fail("to have level " + level + ", but it has " + span.level());
    }
    return this;
  }

  /** The field {@code name} is the integer {@code value} (an {@code int} is recorded as one). */
  public SpanAssert hasField(String name, long value) {
    return checkField(name, value);
  }

  public SpanAssert hasField(String name, double value) {
    return checkField(name, value);
  }

  public SpanAssert hasField(String name, boolean value) {
    return checkField(name, value);
  }

  public SpanAssert hasField(String name, String value) {
    return checkField(name, value);
  }

  /**
   * The field {@code name} is {@code value} as it would be recorded: boxed numbers and booleans
   * by their type, any {@code CharSequence} as a string. An object that was recorded as it is
   * matches an equal object, or the text fmt prints for it.
   */
  public SpanAssert hasField(String name, Object value) {
    return checkField(name, value);
  }

  private SpanAssert checkField(String name, Object value) {
    String mismatch = FieldCheck.mismatch(subject(), span.fields(), name, value);
    if (mismatch != null) {
      throw new TraceAssertionError(mismatch, span.trace());
    }
    return this;
  }

  /** The span has a value for the field {@code name}, whatever it is. */
  public SpanAssert hasField(String name) {
    if (!span.fields().containsKey(name)) {
      throw fail("to have a field " + FmtText.escaped(name) + ", but it has none");
    }
    return this;
  }

  /** The span has no value for the field {@code name} (declared and never recorded counts). */
  public SpanAssert hasNoField(String name) {
    if (span.fields().containsKey(name)) {
      throw fail("to have no field " + FmtText.escaped(name) + ", but it has "
          + FmtText.escaped(name) + "=" + FieldCheck.describe(span.fields().get(name)));
    }
    return this;
  }

  public SpanAssert hasParent(String name) {
    Optional<RecordedSpan> parent = span.parent();
    if (parent.isEmpty()) {
      throw fail("to have parent " + FmtText.escaped(name) + ", but it is a root");
    }
    if (!parent.get().name().equals(name)) {
      throw fail("to have parent " + FmtText.escaped(name) + ", but its parent is "
          + parent.get());
    }
    return this;
  }

  /** The span has no parent in the trace. */
  public SpanAssert isRoot() {
    span.parent().ifPresent(parent -> {
      throw fail("to be a root, but its parent is " + parent);
    });
    return this;
  }

  /** The assertion of the span's parent. */
  public SpanAssert parent() {
    return new SpanAssert(span.parent().orElseThrow(() ->
        fail("to have a parent, but it is a root")));
  }

  /** The span's children are named {@code names}, in the order they were created. */
  public SpanAssert hasChildren(String... names) {
    List<String> actual = span.children().stream().map(RecordedSpan::name).toList();
    if (!actual.equals(Arrays.asList(names))) {
      throw fail("to have children named [" + Words.list(Arrays.asList(names)) + "], but "
          + (actual.isEmpty() ? "it has none" : "they are [" + Words.list(actual) + "]"));
    }
    return this;
  }

  public SpanAssert hasNoChildren() {
    List<RecordedSpan> children = span.children();
    if (!children.isEmpty()) {
      throw fail("to have no children, but it has " + children.size() + ": "
          + Words.list(children));
    }
    return this;
  }

  /** The assertion of the one child span named {@code name}. */
  public SpanAssert child(String name) {
    List<RecordedSpan> found = span.children().stream()
        .filter(child -> child.name().equals(name)).toList();
    if (found.size() != 1) {
      throw fail("to have one child named " + FmtText.escaped(name) + ", but it has "
          + (found.isEmpty() ? "none" : found.size()));
    }
    return new SpanAssert(found.get(0));
  }

  public SpanAssert isClosed() {
    if (!span.isClosed()) {
      throw fail("to be closed, but it is open");
    }
    return this;
  }

  public SpanAssert isOpen() {
    if (span.isClosed()) {
      throw fail("to be open, but it is closed");
    }
    return this;
  }

  /**
   * The span closed, and after every event inside it and every close of a span inside it: what
   * an async span's subscribers must see.
   */
  public SpanAssert closedAfterEverythingInside() {
    String expectation = "to close after everything inside it";
    if (!span.isClosed()) {
      throw fail(expectation + ", but it is open");
    }
    long closed = span.lifecycle().get(span.lifecycle().size() - 1).sequence();
    List<String> later = new ArrayList<>();
    collectLater(span, closed, later);
    if (!later.isEmpty()) {
      throw fail(expectation + ", but " + later.get(0) + " came after its close");
    }
    return this;
  }

  private static void collectLater(RecordedSpan parent, long closed, List<String> later) {
    for (RecordedEvent event : parent.events()) {
      if (event.sequence() > closed) {
        later.add("event " + EventAssert.describe(event));
      }
    }
    for (RecordedSpan child : parent.children()) {
      for (RecordedSpan.Transition step : child.lifecycle()) {
        if (step.sequence() > closed) {
          later.add("the " + step.phase().name().toLowerCase(Locale.ROOT)
              + " of span " + child);
          break;
        }
      }
      collectLater(child, closed, later);
    }
  }

  /** The span has an event of its own (not of a child) at {@code level} with {@code message}. */
  public SpanAssert hasEvent(Level level, String message) {
    if (span.events().stream().noneMatch(event -> EventAssert.is(event, level, message))) {
      throw fail("to have " + EventAssert.withArticle(level, message) + ", but it has none");
    }
    return this;
  }

  /** The assertion of the one event of this span at {@code level} with {@code message}. */
  public EventAssert event(Level level, String message) {
    List<RecordedEvent> found = span.events().stream()
        .filter(event -> EventAssert.is(event, level, message)).toList();
    if (found.size() != 1) {
      throw fail("to have one " + EventAssert.describe(level, message)
          + ", but it has " + (found.isEmpty() ? "none" : found.size()));
    }
    return new EventAssert(found.get(0));
  }

  public SpanAssert hasNoEvents() {
    List<RecordedEvent> events = span.events();
    if (!events.isEmpty()) {
      throw fail("to have no events, but it has " + events.size());
    }
    return this;
  }

  /** The span follows from a span named {@code name} ({@code Span.followsFrom}). */
  public SpanAssert followsFrom(String name) {
    List<RecordedSpan> causes = span.followsFrom();
    if (causes.stream().noneMatch(cause -> cause.name().equals(name))) {
      throw fail("to follow from a span named " + FmtText.escaped(name) + ", but it follows from "
          + (causes.isEmpty() ? "none" : Words.list(causes)));
    }
    return this;
  }

  private String subject() {
    return "span " + span;
  }

  private TraceAssertionError fail(String whatInstead) {
    return new TraceAssertionError("expected " + subject() + " " + whatInstead, span.trace());
  }
}
