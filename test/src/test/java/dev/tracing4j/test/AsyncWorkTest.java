package dev.tracing4j.test;

import static dev.tracing4j.test.TracingAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.extension.ExtendWith;

/** Work a test hands to pools and virtual threads inside its spans is recorded as its own. */
@ExtendWith(TracingExtension.class)
class AsyncWorkTest {

  private static final Tracer log = Tracer.of("com.shop.Warehouse");
  private final ExecutorService pool = Workers.named("pool", 3);

  @AfterEach
  void stop() throws InterruptedException {
    Workers.stop(pool);
  }

  @Test
  void aFutureChainOnAPropagatingExecutorStaysInTheCallersSpan(RecordedTrace trace)
      throws Exception {
    ExecutorService executor = Tracing.propagating(pool);
    Span restock = log.span(Level.INFO, "restock").field("sku", "s-1").start();
    CompletableFuture<Integer> counted;
    try (Scope scope = restock.enter()) {
      counted = CompletableFuture.supplyAsync(() -> {
        log.atInfo().log("counting");
        return 10;
      }, executor).thenApplyAsync(count -> {
        log.span(Level.DEBUG, "order").field("count", count).start().close();
        return count;
      }, executor);
    }
    assertEquals(10, counted.get(10, TimeUnit.SECONDS));
    restock.close();

    assertThat(trace.awaitClosed("restock")).hasEvent(Level.INFO, "counting").hasChildren("order")
        .child("order").hasField("count", 10).isClosed();
    assertTrue(trace.span("restock").events().get(0).thread().startsWith("pool-"));
  }

  @Test
  void tasksOfAnInstrumentedExecutorAreChildSpansOfTheSubmitter(RecordedTrace trace)
      throws Exception {
    ExecutorService workers = Tracing.instrumented(pool, "workers");
    Span batch = log.span(Level.INFO, "batch").start();
    List<Future<?>> done = new ArrayList<>();
    try (Scope scope = batch.enter()) {
      for (int i = 0; i < 3; i++) {
        done.add(workers.submit(() -> log.atInfo().log("item")));
      }
    }
    for (Future<?> future : done) {
      future.get(10, TimeUnit.SECONDS);
    }
    batch.close();

    RecordedSpan closed = trace.awaitClosed("batch");
    assertEquals(List.of("task", "task", "task"),
        closed.children().stream().map(RecordedSpan::name).toList());
    for (RecordedSpan task : closed.children()) {
      assertThat(task).hasTarget("dev.tracing4j.task").hasField("task.name", "workers")
          .hasEvent(Level.INFO, "item");
    }
  }

  @Test
  void aWrappedTaskOnANewThreadIsRecorded(RecordedTrace trace) throws Exception {
    Span job = log.span(Level.INFO, "job").start();
    Thread thread = new Thread(job.wrap(() -> log.atInfo().log("on its own thread")), "own");
    thread.start();
    thread.join(10_000);
    job.close();
    assertThat(trace).span("job").isClosed().event(Level.INFO, "on its own thread");
    assertEquals("own", trace.events().get(0).thread());
  }

  @Test
  @EnabledForJreRange(min = JRE.JAVA_21)
  void workOnVirtualThreadsInsideTheTestsSpanIsRecorded(RecordedTrace trace) throws Exception {
    ExecutorService virtual = virtualThreadPerTask();
    try {
      ExecutorService executor = Tracing.propagating(virtual);
      Span fanOut = log.span(Level.INFO, "fan-out").start();
      List<Future<?>> done = new ArrayList<>();
      try (Scope scope = fanOut.enter()) {
        for (int i = 0; i < 100; i++) {
          long n = i;
          done.add(executor.submit(() -> {
            Span part = log.span(Level.DEBUG, "part").field("n", n).start();
            part.inScope(() -> log.atInfo().field("virtual", isVirtual()).log("part done"));
            part.close();
          }));
        }
      }
      for (Future<?> future : done) {
        future.get(10, TimeUnit.SECONDS);
      }
      fanOut.close();
    } finally {
      virtual.shutdown();
    }
    trace.awaitClosed("fan-out"); // a virtual thread may still be leaving it
    assertThat(trace).hasRoots("fan-out").hasSpans("part", 100).hasAllSpansClosed();
    assertEquals(100, trace.span("fan-out").children().size());
    assertTrue(trace.events().stream().allMatch(event -> event.fields().get("virtual")
        .equals(true)), "ran on virtual threads");
    assertTrue(trace.events().get(0).thread().startsWith("unnamed thread #"),
        trace.events().get(0).thread());
  }

  /** {@code Executors.newVirtualThreadPerTaskExecutor()}, which Java 17's API does not have. */
  private static ExecutorService virtualThreadPerTask() throws ReflectiveOperationException {
    return (ExecutorService) java.util.concurrent.Executors.class
        .getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
  }

  private static boolean isVirtual() {
    try {
      return (Boolean) Thread.class.getMethod("isVirtual").invoke(Thread.currentThread());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void manyThreadsRecordingIntoOneTestAtOnceLoseNothingAndKeepOneOrder(RecordedTrace trace)
      throws Exception {
    int tasks = 64;
    int eventsPerTask = 200;
    ExecutorService executor = Tracing.propagating(pool);
    Span load = log.span(Level.INFO, "load").start();
    List<Future<?>> done = new ArrayList<>();
    try (Scope scope = load.enter()) {
      for (int t = 0; t < tasks; t++) {
        long task = t;
        done.add(executor.submit(() -> {
          Span part = log.span(Level.DEBUG, "part").field("task", task).field("progress").start();
          try (Scope inPart = part.enter()) {
            for (int e = 0; e < eventsPerTask; e++) {
              log.atTrace().field("task", task).field("e", e).log("step");
              part.record("progress", (long) e);
            }
          }
          part.close();
        }));
      }
    }
    for (Future<?> future : done) {
      future.get(30, TimeUnit.SECONDS);
    }
    load.close();
    trace.awaitClosed("load");

    List<RecordedEvent> events = trace.events();
    assertEquals(tasks * eventsPerTask, events.size());
    Set<Long> sequences = new HashSet<>();
    for (int i = 0; i < events.size(); i++) {
      assertTrue(sequences.add(events.get(i).sequence()));
      assertTrue(i == 0 || events.get(i - 1).sequence() < events.get(i).sequence(), "in order");
    }
    for (RecordedSpan part : trace.spans("part")) {
      assertEquals((long) eventsPerTask - 1, part.fields().get("progress"));
      assertEquals(eventsPerTask, part.events().size());
      List<Object> steps = part.events().stream().map(event -> event.fields().get("e")).toList();
      List<Object> expected = new ArrayList<>();
      for (long e = 0; e < eventsPerTask; e++) {
        expected.add(e);
      }
      assertEquals(expected, steps, "a thread's events keep their order");
      assertThat(part).hasParent("load").isClosed().closedAfterEverythingInside();
    }
    assertEquals(tasks, trace.span("load").children().size());
  }
}
