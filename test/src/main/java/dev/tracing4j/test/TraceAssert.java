package dev.tracing4j.test;

import dev.tracing4j.Level;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Expectations about everything a test traced, checked against what was recorded when {@link
 * TracingAssertions#assertThat(RecordedTrace)} was called. A failure says what was expected and
 * what happened instead, followed by the recorded tree.
 *
 * <pre>{@code
 * assertThat(trace)
 *     .hasRoots("handle")
 *     .hasNoEventAtOrAbove(Level.WARN)
 *     .hasAllSpansClosed()
 *     .span("place").hasField("order.id", 42L);
 * }</pre>
 *
 * @see TracingAssertions
 */
public final class TraceAssert {

  private final TraceSnapshot trace;

  TraceAssert(TraceSnapshot trace) {
    this.trace = Objects.requireNonNull(trace, "trace");
  }

  /** The assertion of the one span named {@code name}. */
  public SpanAssert span(String name) {
    return new SpanAssert(RecordedTrace.single(trace, name));
  }

  /** At least one span named {@code name} was recorded. */
  public TraceAssert hasSpan(String name) {
    if (trace.spans(name).isEmpty()) {
      throw new TraceAssertionError("expected a span named " + FmtText.escaped(name)
          + ", but none was recorded", trace);
    }
    return this;
  }

  /** Exactly {@code count} spans named {@code name} were recorded. */
  public TraceAssert hasSpans(String name, int count) {
    int actual = trace.spans(name).size();
    if (actual != count) {
      throw new TraceAssertionError("expected " + Words.count(count, "span") + " named "
          + FmtText.escaped(name) + ", but " + recorded(actual), trace);
    }
    return this;
  }

  public TraceAssert hasNoSpan(String name) {
    int actual = trace.spans(name).size();
    if (actual != 0) {
      throw new TraceAssertionError("expected no span named " + FmtText.escaped(name) + ", but "
          + recorded(actual), trace);
    }
    return this;
  }

  /** The spans without a parent are named {@code names}, in the order they were created. */
  public TraceAssert hasRoots(String... names) {
    List<String> actual = trace.roots().stream().map(RecordedSpan::name).toList();
    if (!actual.equals(Arrays.asList(names))) {
      throw new TraceAssertionError("expected root spans named [" + Words.list(Arrays.asList(names))
          + "], but " + (actual.isEmpty() ? "there are none" : "they are [" + Words.list(actual)
          + "]"), trace);
    }
    return this;
  }

  /** An event at {@code level} with {@code message} was recorded, in a span or outside. */
  public TraceAssert hasEvent(Level level, String message) {
    if (trace.events().stream().noneMatch(event -> EventAssert.is(event, level, message))) {
      throw new TraceAssertionError("expected " + EventAssert.withArticle(level, message)
          + ", but none was recorded", trace);
    }
    return this;
  }

  /** The assertion of the one event at {@code level} with {@code message}. */
  public EventAssert event(Level level, String message) {
    List<RecordedEvent> found = trace.events().stream()
        .filter(event -> EventAssert.is(event, level, message)).toList();
    if (found.size() != 1) {
      throw new TraceAssertionError("expected one " + EventAssert.describe(level, message)
          + ", but " + recorded(found.size()), trace);
    }
    return new EventAssert(found.get(0));
  }

  /** No event at {@code level} or more severe was recorded: {@code WARN} allows no warning. */
  public TraceAssert hasNoEventAtOrAbove(Level level) {
    List<RecordedEvent> found = trace.events().stream()
        .filter(event -> event.level().compareTo(level) >= 0).toList();
    if (!found.isEmpty()) {
      throw new TraceAssertionError("expected no event at " + level + " or above, but "
          + recorded(found.size()) + ": " + Words.list(found.stream().map(EventAssert::describe)
          .toList()), trace);
    }
    return this;
  }

  /** Every span recorded had closed: no async work left one open. */
  public TraceAssert hasAllSpansClosed() {
    List<RecordedSpan> open = trace.spans().stream().filter(span -> !span.isClosed()).toList();
    if (!open.isEmpty()) {
      throw new TraceAssertionError("expected every span to be closed, but " + open.size()
          + (open.size() == 1 ? " is" : " are") + " open: " + Words.list(open), trace);
    }
    return this;
  }

  /** Nothing at all was recorded. */
  public TraceAssert hasNothingRecorded() {
    if (!trace.spans().isEmpty() || !trace.events().isEmpty()) {
      throw new TraceAssertionError("expected nothing to be recorded, but something was", trace);
    }
    return this;
  }

  /** {@link RecordedTrace#fmt()} contains {@code text}; a failure shows the fmt lines. */
  public TraceAssert fmtContains(String text) {
    String fmt = trace.fmt();
    if (!fmt.contains(text)) {
      throw new AssertionError("expected the fmt output to contain " + FmtText.quoted(text)
          + ", but it " + (fmt.isEmpty() ? "is empty" : "is:\n" + fmt.stripTrailing()));
    }
    return this;
  }

  private static String recorded(int count) {
    return count == 0 ? "none was recorded"
        : count == 1 ? "1 was recorded" : count + " were recorded";
  }
}
