package dev.tracing4j.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.DefaultGuard;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.registry.Registry;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The data a page is drawn from, for a program with known sleeps: lower bounds always hold,
 * upper bounds leave room for a slow machine.
 */
class TimelineRecordingTest {
  private static final long MS = 1_000_000;
  private static final Tracer log = Tracer.of("shop.Checkout");

  private final TimelineLayer layer = TimelineLayer.builder()
      .output(Output.stream(new ByteArrayOutputStream(), "memory")).build();
  private final Registry registry = Registry.builder().with(layer).build();

  @Test
  void busyIntervalsIdleTimeNestingAndEventsOfARequestWithATaskOnAWorker() throws Exception {
    ExecutorService pool = Tracing.instrumented(
        Executors.newSingleThreadExecutor(new ScopedThreads(registry, "worker")), "workers");
    CountDownLatch workerFree = new CountDownLatch(1);
    try (DefaultGuard guard = Tracing.setDefault(registry)) {
      // The only worker is taken, so the task waits in the queue: its idle before its first enter.
      pool.execute(() -> await(workerFree));
      Span request = log.span(Level.INFO, "request").field("request.id", "r-1").start();
      Future<?> task;
      try (Scope scope = request.enter()) {
        sleep(30);
        log.atInfo().field("items", 2L).log("started");
        task = pool.submit(() -> {
          sleep(20);
          log.atWarn().log("slow bank");
        });
      }
      sleep(25);
      workerFree.countDown();
      task.get(5, TimeUnit.SECONDS);
      sleep(10);
      try (Scope scope = request.enter()) {
        sleep(15);
      }
      request.close();
    } finally {
      pool.shutdownNow();
    }

    Recording recording = layer.finishForTest();
    List<String> threads = recording.threads();
    // The task that kept the worker busy is a request of its own: a root task span.
    assertEquals(2, recording.requests().size());
    List<SpanRecord> request = recording.requests().stream()
        .filter(spans -> spans.stream().anyMatch(span -> span.name().equals("request")))
        .findFirst().orElseThrow();
    Map<String, SpanRecord> spans = request.stream()
        .collect(Collectors.toMap(SpanRecord::name, Function.identity()));
    SpanRecord root = spans.get("request");
    SpanRecord task = spans.get("task");
    assertEquals(0, root.parentId());
    assertEquals(root.id(), task.parentId(), "the task is nested under the request");
    assertArrayEquals(new String[] {"request.id", "r-1"}, root.fields());
    assertFalse(root.open());

    // The request: entered twice on this thread, idle between.
    assertEquals(2, root.intervalCount());
    long[] r = root.intervals();
    assertEquals(Thread.currentThread().getName(), threads.get((int) r[2]));
    assertEquals(r[2], r[5]);
    assertBetween(30, 200, r[1] - r[0], "first visit");
    assertBetween(15, 200, r[4] - r[3], "second visit");
    assertBetween(35, 400, r[3] - r[1], "idle between the visits");
    assertTrue(root.start() <= r[0] && r[4] <= root.end(), "intervals lie within the life");

    // The task: queued at least until the worker was freed, then busy on the worker.
    assertEquals(1, task.intervalCount());
    long[] t = task.intervals();
    assertEquals("worker-1", threads.get((int) t[2]));
    assertBetween(25, 400, t[0] - task.start(), "queueing delay, idle before the first enter");
    assertBetween(20, 200, t[1] - t[0], "the task's work");
    assertTrue(root.start() <= task.start() && task.end() <= root.end());

    // Events sit on the span they happened in, with their level and thread.
    assertEquals(1, root.events().size());
    EventRecord started = root.events().get(0);
    assertEquals("started", started.message());
    assertEquals(Level.INFO.ordinal(), started.level());
    assertArrayEquals(new String[] {"items", "2"}, started.fields());
    assertTrue(r[0] <= started.time() && started.time() <= r[1], "logged during the first visit");
    EventRecord slow = task.events().get(0);
    assertEquals("slow bank", slow.message());
    assertEquals(Level.WARN.ordinal(), slow.level());
    assertEquals("worker-1", threads.get(slow.thread()));

    assertTrue(recording.coverage().complete());
    assertEquals(3, recording.coverage().spansSeen());
  }

  @Test
  void aSpanEnteredAgainOnTheSameThreadBeforeItExitsIsOneInterval() {
    try (DefaultGuard guard = Tracing.setDefault(registry)) {
      Span span = log.span(Level.INFO, "reentrant").start();
      try (Scope outer = span.enter()) {
        try (Scope inner = span.enter()) {
          sleep(2);
        }
        sleep(2);
      }
      span.close();
    }
    SpanRecord span = layer.finishForTest().requests().get(0).get(0);
    assertEquals(1, span.intervalCount());
    assertBetween(4, 200, span.intervals()[1] - span.intervals()[0], "the outer visit");
  }

  @Test
  void aSpanStillOpenWhenTheRecordingEndsIsKeptOpenWithItsFieldsAndItsThreadStillInside() {
    try (DefaultGuard guard = Tracing.setDefault(registry)) {
      Span hung = log.span(Level.INFO, "hung").field("request.id", "r-9").start();
      Scope scope = hung.enter();
      sleep(5);
      Recording recording = layer.finishForTest();
      scope.close();
      SpanRecord span = recording.requests().get(0).get(0);
      assertTrue(span.open());
      assertArrayEquals(new String[] {"request.id", "r-9"}, span.fields());
      assertEquals(1, span.intervalCount(), "the visit ends with the recording");
      assertEquals(recording.end(), span.end());
      assertEquals(span.end(), span.intervals()[1]);
      assertTrue(recording.statistics().isEmpty(), "only closed spans are in the table");
    }
  }

  @Test
  void eventsOutsideEverySpanAreKeptApart() {
    try (DefaultGuard guard = Tracing.setDefault(registry)) {
      log.atError().field("code", 7L).log("disk full");
    }
    Recording recording = layer.finishForTest();
    assertTrue(recording.requests().isEmpty());
    EventRecord event = recording.looseEvents().get(0);
    assertEquals("disk full", event.message());
    assertEquals(Level.ERROR.ordinal(), event.level());
  }

  static void assertBetween(long minMillis, long maxMillis, long nanos, String what) {
    assertTrue(nanos >= minMillis * MS && nanos <= maxMillis * MS,
        what + ": " + nanos / (double) MS + "ms, expected " + minMillis + " to " + maxMillis + "ms");
  }

  static void sleep(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
