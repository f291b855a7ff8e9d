package dev.tracing4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.spi.Interest;
import dev.tracing4j.runtime.spi.SpanHandle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScopeThreadTest {

  private static final class ExitCounting extends CountingSubscriber {
    final AtomicInteger exits = new AtomicInteger();

    ExitCounting() {
      super(Interest.ALWAYS);
    }

    @Override
    public void exit(SpanHandle span) {
      exits.incrementAndGet();
    }
  }

  @Test
  void aScopeClosedOnAnotherThreadIsReportedAndLeavesThatThreadAlone() throws Exception {
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream previous =
        FailureReporter.redirect(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    ExitCounting subscriber = new ExitCounting();
    Tracer log = Tracer.of("test.scopes");
    try {
      Tracing.withDefault(subscriber, () -> {
        Span span = log.span(Level.INFO, "job").start();
        Scope scope = span.enter();
        CompletableFuture.runAsync(() -> Tracing.withDefault(subscriber, () -> {
          Span other = log.span(Level.INFO, "other").start();
          try (Scope inner = other.enter()) {
            scope.close();
            assertSame(other, Span.current(), "the closing thread's own stack is untouched");
          }
        }), command -> new Thread(command, "closer").start()).join();
        assertSame(span, Span.current(), "still current where it was entered");
        scope.close(); // a second close does nothing, wherever it happens
        assertSame(span, Span.current());
        CurrentSpans.stack().remove(span); // what the misuse left on this test thread
      });
    } finally {
      FailureReporter.redirect(previous);
    }
    assertEquals(2, subscriber.exits.get(), "job's exit, then other's");
    String report = stderr.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("the scope of span 'job' was entered on thread '"
        + Thread.currentThread().getName() + "' and closed on thread 'closer'; the span stays"
        + " current on '" + Thread.currentThread().getName() + "'. Close a scope on the thread"
        + " that entered the span"), report);
  }
}
