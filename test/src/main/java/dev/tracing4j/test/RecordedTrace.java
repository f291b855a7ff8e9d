package dev.tracing4j.test;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything one test traced, on its own thread and on the threads it handed work to. A test
 * method receives it from {@link TracingExtension}; it starts empty for each test.
 *
 * <p>Each query answers with immutable records of what had happened up to that moment, in the
 * order it happened: ask again to see what happened since.
 *
 * <pre>{@code
 * @Test
 * void placesTheOrder(RecordedTrace trace) {
 *   service.place(42);
 *   RecordedSpan place = trace.span("place");
 *   assertEquals(42L, place.fields().get("order.id"));
 *   assertEquals(List.of("charge"), place.children().stream().map(RecordedSpan::name).toList());
 *   assertTrue(trace.fmt().contains("place{order.id=42}: com.shop.OrderService: placed"));
 * }
 * }</pre>
 */
public final class RecordedTrace {

  private static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

  private final TestRecording recording;

  RecordedTrace(TestRecording recording) {
    this.recording = recording;
  }

  /** Every span, in the order they were created. */
  public List<RecordedSpan> spans() {
    return snapshot().spans();
  }

  /** The spans named {@code name}, in the order they were created. */
  public List<RecordedSpan> spans(String name) {
    return snapshot().spans(name);
  }

  /**
   * The one span named {@code name}.
   *
   * @throws AssertionError when there is none or more than one, showing what was recorded
   */
  public RecordedSpan span(String name) {
    return single(snapshot(), name);
  }

  /** Every event, in the order they happened. */
  public List<RecordedEvent> events() {
    return snapshot().events();
  }

  /** The spans without a parent in this trace, in the order they were created. */
  public List<RecordedSpan> roots() {
    return snapshot().roots();
  }

  /**
   * The spans created inside {@code span}, in the order they were created, as they are now
   * ({@code span} may come from an earlier query).
   */
  public List<RecordedSpan> children(RecordedSpan span) {
    Objects.requireNonNull(span, "span");
    return snapshot().find(span).map(RecordedSpan::children).orElseThrow(() ->
        new IllegalArgumentException("span " + span + " was not recorded by this test"));
  }

  /**
   * What fmt would have printed: one line per event, without the timestamp, each ending with a
   * line break. For checks like {@code trace.fmt().contains("place{order.id=42}: ...")}.
   *
   * <pre>
   *  INFO handle{request.id="r-1"}:place{order.id=42}: com.shop.OrderService: placed ok=true
   * </pre>
   */
  public String fmt() {
    return snapshot().fmt();
  }

  /**
   * Waits up to 10 seconds until the one span named {@code name} is recorded and closed, for
   * spans that close on another thread after the test's own code returned.
   *
   * @return the span, closed
   * @throws AssertionError when it does not close in time, or there are several
   */
  public RecordedSpan awaitClosed(String name) {
    return awaitClosed(name, DEFAULT_WAIT);
  }

  /** {@link #awaitClosed(String)} with a timeout of your choice. */
  public RecordedSpan awaitClosed(String name, Duration timeout) {
    Objects.requireNonNull(name, "name");
    TraceSnapshot last;
    try {
      last = recording.await(trace -> {
        List<RecordedSpan> found = trace.spans(name);
        return found.size() > 1 || found.size() == 1 && found.get(0).isClosed();
      }, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TraceAssertionError("interrupted while waiting for span " + name
          + " to close", snapshot());
    }
    RecordedSpan span = single(last, name);
    if (!span.isClosed()) {
      throw new TraceAssertionError("expected span " + span + " to close within "
          + Words.duration(timeout) + ", but it is open", last);
    }
    return span;
  }

  /** The recorded tree, as failure messages show it. */
  @Override
  public String toString() {
    return TraceTree.render(snapshot());
  }

  TraceSnapshot snapshot() {
    return recording.snapshot();
  }

  static RecordedSpan single(TraceSnapshot trace, String name) {
    Objects.requireNonNull(name, "name");
    List<RecordedSpan> found = trace.spans(name);
    if (found.size() != 1) {
      throw new TraceAssertionError("expected one span named " + FmtText.escaped(name) + ", but "
          + (found.isEmpty() ? "none was" : found.size() + " were") + " recorded", trace);
    }
    return found.get(0);
  }
}
