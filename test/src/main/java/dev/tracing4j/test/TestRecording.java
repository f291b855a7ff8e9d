package dev.tracing4j.test;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.registry.SpanData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Everything one test traced, in the order it happened, while the test runs: its spans and events
 * arrive from every thread, so each change holds this object's lock; queries copy what is here
 * into an immutable {@link TraceSnapshot}.
 */
final class TestRecording {

  private final Supplier<String> replacement;
  // Guarded by this.
  private final List<SpanState> spans = new ArrayList<>();
  private final List<EventRecord> events = new ArrayList<>();
  private long nextSequence;
  private boolean finished;
  private String replacedBy;

  /**
   * @param replacement says, when asked, what replaced the recorder as global default subscriber,
   *     or {@code null} while it is installed
   */
  TestRecording(Supplier<String> replacement) {
    this.replacement = replacement;
  }

  /** Records a new span of this test; {@code null} once the test is over. */
  synchronized SpanState newSpan(SpanData data, SpanState parent, String thread) {
    if (finished) {
      return null;
    }
    SpanState span = new SpanState(this, data, parent, thread, spans.size());
    span.lifecycle.add(
        new RecordedSpan.Transition(RecordedSpan.Phase.NEW, thread, nextSequence++));
    spans.add(span);
    notifyAll();
    return span;
  }

  synchronized void transition(SpanState span, RecordedSpan.Phase phase, String thread) {
    if (finished) {
      return;
    }
    span.lifecycle.add(new RecordedSpan.Transition(phase, thread, nextSequence++));
    notifyAll();
  }

  synchronized void followsFrom(SpanState span, SpanState cause) {
    if (!finished && cause.recording == this) {
      span.followsFrom.add(cause);
      notifyAll();
    }
  }

  /** Records an event rendered by the caller, outside this lock. */
  synchronized void event(Level level, String target, String message, Map<String, Object> fields,
      SpanState span, String thread, String context, String body) {
    if (finished) {
      return;
    }
    events.add(new EventRecord(nextSequence++, level, target, message, fields, span, thread,
        context, body));
    notifyAll();
  }

  /** What was recorded up to now. */
  synchronized TraceSnapshot snapshot() {
    noteReplacement();
    return new TraceSnapshot(spans, events, replacedBy);
  }

  /**
   * Waits until what was recorded satisfies {@code done}, or {@code timeout} passed; returns the
   * last snapshot either way.
   */
  synchronized TraceSnapshot await(Predicate<TraceSnapshot> done, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      TraceSnapshot snapshot = snapshot();
      long left = deadline - System.nanoTime();
      if (done.test(snapshot) || left <= 0 || finished) {
        return snapshot;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  /** The test is over: what its work still traces is dropped, and what it recorded stays. */
  synchronized void finish() {
    noteReplacement();
    finished = true;
    notifyAll();
  }

  private void noteReplacement() {
    if (!finished && replacedBy == null) {
      replacedBy = replacement.get();
    }
  }
}
