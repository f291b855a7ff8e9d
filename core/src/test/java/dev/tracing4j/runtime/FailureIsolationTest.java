package dev.tracing4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Interest;
import dev.tracing4j.runtime.spi.Metadata;
import dev.tracing4j.runtime.spi.SpanHandle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FailureIsolationTest {

  /** A subscriber that throws from every method that records something. */
  private static final class ThrowingSubscriber extends CountingSubscriber {
    ThrowingSubscriber() {
      super(Interest.ALWAYS);
    }

    @Override
    public SpanHandle newSpan(Metadata metadata, FieldValues fields, SpanHandle parent) {
      super.newSpan(metadata, fields, parent);
      return () -> 1;
    }

    @Override
    public void event(Metadata metadata, FieldValues fields, SpanHandle parent) {
      super.event(metadata, fields, parent);
      throw new IllegalStateException("event broke");
    }

    @Override
    public void enter(SpanHandle span) {
      throw new IllegalStateException("enter broke");
    }

    @Override
    public void exit(SpanHandle span) {
      throw new IllegalStateException("exit broke");
    }

    @Override
    public void close(SpanHandle span) {
      throw new IllegalStateException("close broke");
    }
  }

  @Test
  void aThrowingSubscriberNeverBreaksTheProgramAndIsReportedOncePerKind() {
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream previous =
        FailureReporter.redirect(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    ThrowingSubscriber subscriber = new ThrowingSubscriber();
    Tracer log = Tracer.of("test.failures");
    int[] work = new int[1];
    try {
      Tracing.withDefault(subscriber, () -> {
        for (int i = 0; i < 3; i++) {
          Span span = log.span(Level.INFO, "s").start();
          try (Scope scope = span.enter()) {
            log.atInfo().log("e");
            work[0]++;
          }
          span.close();
        }
      });
    } finally {
      FailureReporter.redirect(previous);
    }
    assertEquals(3, work[0]);
    assertEquals(3, subscriber.events.get());
    String report = stderr.toString(StandardCharsets.UTF_8);
    for (String kind : new String[] {"event broke", "enter broke", "exit broke", "close broke"}) {
      assertEquals(1, report.split(kind, -1).length - 1, kind + " in:\n" + report);
    }
    assertTrue(report.contains("the program goes on"), report);
    assertEquals(0, CurrentSpans.depth(), "no span stays entered");
  }
}
