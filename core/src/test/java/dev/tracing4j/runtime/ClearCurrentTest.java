package dev.tracing4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Interest;
import dev.tracing4j.runtime.spi.Metadata;
import dev.tracing4j.runtime.spi.SpanHandle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClearCurrentTest {

  /** Remembers the parent of each new span and event, and every enter and exit. */
  private static final class ParentRecording extends CountingSubscriber {
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    ParentRecording() {
      super(Interest.ALWAYS);
    }

    @Override
    public SpanHandle newSpan(Metadata metadata, FieldValues fields, SpanHandle parent) {
      SpanHandle handle = super.newSpan(metadata, fields, parent);
      seen.add("new " + metadata.name() + " parent=" + (parent == null ? "none" : parent.id()));
      return handle;
    }

    @Override
    public void event(Metadata metadata, FieldValues fields, SpanHandle parent) {
      seen.add("event parent=" + (parent == null ? "none" : parent.id()));
    }

    @Override
    public void enter(SpanHandle span) {
      seen.add("enter " + span.id());
    }

    @Override
    public void exit(SpanHandle span) {
      seen.add("exit " + span.id());
    }
  }

  private final Tracer log = Tracer.of("test.clear");

  @Test
  void noSpanIsCurrentUntilTheScopeClosesThenTheOuterSpanIsAgain() {
    ParentRecording subscriber = new ParentRecording();
    Tracing.withDefault(subscriber, () -> {
      Span outer = log.span(Level.INFO, "outer").start();
      try (Scope entered = outer.enter()) {
        try (Scope cleared = Span.clearCurrent()) {
          assertTrue(Span.current().isDisabled());
          log.atInfo().log("outside any span");
          Span detached = log.span(Level.INFO, "detached").start();
          detached.close();
        }
        assertSame(outer, Span.current());
        log.atInfo().log("inside outer");
      }
      outer.close();
    });
    assertEquals(List.of("new outer parent=none", "enter 1", "event parent=none",
        "new detached parent=none", "event parent=1", "exit 1"), subscriber.seen);
    assertEquals(0, CurrentSpans.depth());
  }

  @Test
  void aSpanEnteredInsideTheClearedScopeIsCurrentThere() {
    ParentRecording subscriber = new ParentRecording();
    Tracing.withDefault(subscriber, () -> {
      Span outer = log.span(Level.INFO, "outer").start();
      try (Scope entered = outer.enter(); Scope cleared = Span.clearCurrent();
          Scope again = outer.enter()) {
        assertSame(outer, Span.current(), "re-entered above the barrier, not a hidden duplicate");
        Span child = log.span(Level.INFO, "child").start();
        child.close();
      }
      outer.close();
    });
    assertTrue(subscriber.seen.contains("new child parent=1"), subscriber.seen.toString());
    assertEquals(0, CurrentSpans.depth());
  }

  @Test
  void clearingWithNothingCurrentChangesNothing() {
    try (Scope cleared = Span.clearCurrent()) {
      assertTrue(Span.current().isDisabled());
      assertNull(Span.current().metadata());
    }
    assertEquals(0, CurrentSpans.depth());
  }
}
