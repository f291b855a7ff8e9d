package dev.tracing4j.context.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.context.ThreadLocalAccessor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpanThreadLocalAccessorTest {

  private static final ExecutorService OTHER_THREAD =
      Executors.newSingleThreadExecutor(task -> new Thread(task, "other"));

  private final Tracer log = Tracer.of("test.propagation");
  private final SpanThreadLocalAccessor accessor = new SpanThreadLocalAccessor();
  private RecordingLayer recording;

  @BeforeEach
  void install() {
    recording = RecordingLayer.installGlobally();
  }

  @AfterAll
  static void stop() {
    OTHER_THREAD.shutdown();
  }

  @Test
  void isFoundThroughServiceLoaderUnderItsKey() {
    List<ThreadLocalAccessor<?>> accessors =
        ContextRegistry.getInstance().getThreadLocalAccessors();
    assertTrue(accessors.stream().anyMatch(found -> found instanceof SpanThreadLocalAccessor
        && "tracing4j.span".equals(found.key())), accessors.toString());
  }

  @Test
  void getValueIsNullWhenNoSpanIsCurrentAndTheSpanWhenOneIs() {
    assertNull(accessor.getValue());
    Span span = log.span(Level.INFO, "outer").start();
    try (Scope scope = span.enter()) {
      assertSame(span, accessor.getValue());
    }
    span.close();
    assertNull(accessor.getValue());
  }

  @Test
  void setValueEntersTheSpanAndRestoreExitsIt() {
    Span outer = log.span(Level.INFO, "outer").start();
    Span inner = log.span(Level.INFO, "inner").start();
    accessor.setValue(outer);
    assertSame(outer, Span.current());
    accessor.setValue(inner);
    assertSame(inner, Span.current());
    accessor.restore(outer);
    assertSame(outer, Span.current());
    accessor.restore();
    assertTrue(Span.current().isDisabled());
    assertEquals(1, recording.enters("inner"));
    assertEquals(1, recording.exits("inner"));
    assertEquals(1, recording.exits("outer"));
    assertEquals(0, OpenedScopes.depth());
  }

  @Test
  void setValueWithoutASpanHidesTheCurrentOneUntilRestored() {
    Span outer = log.span(Level.INFO, "outer").start();
    try (Scope scope = outer.enter()) {
      accessor.setValue();
      assertNull(accessor.getValue());
      log.atInfo().log("outside");
      accessor.restore(outer);
      assertSame(outer, accessor.getValue());
      log.atInfo().log("inside");
    }
    outer.close();
    assertEquals(List.of(new RecordingLayer.RecordedEvent("main", "", "outside"),
        new RecordingLayer.RecordedEvent("main", "outer", "inside")), recording.events());
  }

  @Test
  void resetExitsWhatTheAccessorEnteredAndLeavesNoSpanCurrent() {
    Span first = log.span(Level.INFO, "first").start();
    Span second = log.span(Level.INFO, "second").start();
    accessor.setValue(first);
    accessor.setValue(second);
    accessor.reset();
    assertNull(accessor.getValue());
    assertTrue(Span.current().isDisabled());
    assertEquals(1, recording.exits("first"));
    assertEquals(1, recording.exits("second"));
    first.close();
    second.close();
    assertNotNull(recording.closedTiming("first"), "nothing keeps the span open");
    assertEquals(0, OpenedScopes.depth());
  }

  @Test
  void resetAlsoHidesASpanEnteredOutsideTheAccessor() {
    Span outer = log.span(Level.INFO, "outer").start();
    try (Scope scope = outer.enter()) {
      accessor.reset();
      assertNull(accessor.getValue());
      accessor.restore();
      assertSame(outer, accessor.getValue());
    }
    outer.close();
  }

  @Test
  void aSnapshotCarriesTheSpanToAnotherThreadAndItsScopeEndsItThere() throws Exception {
    ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().build();
    Span request = log.span(Level.INFO, "request").start();
    ContextSnapshot snapshot;
    try (Scope scope = request.enter()) {
      snapshot = snapshots.captureAll();
    }
    CompletableFuture.runAsync(() -> {
      try (ContextSnapshot.Scope restored = snapshot.setThreadLocals()) {
        log.atInfo().log("on the other thread");
      }
      log.atInfo().log("after the scope");
    }, OTHER_THREAD).get();
    request.close();
    assertEquals(List.of(new RecordingLayer.RecordedEvent("other", "request", "on the other thread"),
        new RecordingLayer.RecordedEvent("other", "", "after the scope")), recording.events());
    assertEquals(2, recording.enters("request"), "entered where built, and again on 'other'");
    assertEquals(2, recording.exits("request"));
  }

  @Test
  void aSnapshotWithoutASpanClearsTheCurrentOneWhenMissingKeysAreCleared() {
    ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().clearMissing(true).build();
    ContextSnapshot empty = snapshots.captureAll();
    Span outer = log.span(Level.INFO, "outer").start();
    try (Scope scope = outer.enter()) {
      try (ContextSnapshot.Scope restored = empty.setThreadLocals()) {
        assertTrue(Span.current().isDisabled());
      }
      assertSame(outer, Span.current());
    }
    outer.close();
  }
}
