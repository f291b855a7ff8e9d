package dev.tracing4j.runtime.registry;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.spi.FieldValues;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutorPropagationTest {

  private static final Tracer log = Tracer.of("test.executors");
  private final GlobalRecording recording = new GlobalRecording();
  /** One worker; a task that throws on purpose is not reported by the default handler. */
  private final ExecutorService single = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "test-worker");
    thread.setUncaughtExceptionHandler((t, e) -> { });
    return thread;
  });

  @AfterEach
  void stop() throws InterruptedException {
    recording.close();
    single.shutdownNow();
    single.awaitTermination(5, SECONDS);
  }

  /** Task spans as the registry keeps them, with their close counts. */
  private static final class TaskSpans implements Layer {
    final Map<SpanData, AtomicInteger> closes = new ConcurrentHashMap<>();

    @Override
    public boolean tracksTiming() {
      return true;
    }

    @Override
    public void onNewSpan(SpanData span, Context ctx) {
      if (span.name().equals("task")) {
        closes.put(span, new AtomicInteger());
      }
    }

    @Override
    public void onClose(SpanData span, Context ctx) {
      AtomicInteger count = closes.get(span);
      if (count != null) {
        count.incrementAndGet();
      }
    }
  }

  private static <T> T inSpan(String name, Callable<T> work) throws Exception {
    Span span = log.span(Level.INFO, name).start();
    try (Scope scope = span.enter()) {
      return work.call();
    } finally {
      span.close();
    }
  }

  @Test
  void aPropagatingExecutorRunsEachTaskInItsSubmittersSpan() throws Exception {
    ExecutorService pool = Tracing.propagating(single);
    inSpan("submitter", () -> {
      pool.execute(() -> log.atInfo().log("execute"));
      pool.submit(() -> log.atInfo().log("submit runnable")).get();
      pool.submit(() -> {
        log.atInfo().log("submit callable");
        return 1;
      }).get();
      pool.invokeAll(List.of(() -> {
        log.atInfo().log("invokeAll");
        return 1;
      }));
      pool.invokeAny(List.of(() -> {
        log.atInfo().log("invokeAny");
        return 1;
      }));
      return null;
    });
    assertEquals(List.of("submitter: execute", "submitter: submit runnable",
        "submitter: submit callable", "submitter: invokeAll", "submitter: invokeAny"),
        recording.layer.events());
  }

  @Test
  void aScheduledExecutorRunsScheduledAndPeriodicTasksInTheSchedulersSpan() throws Exception {
    ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    try {
      ScheduledExecutorService pool = Tracing.propagating(timers);
      assertSame(pool, Tracing.propagating(pool));
      CountDownLatch periodic = new CountDownLatch(4);
      inSpan("scheduler", () -> {
        pool.schedule(() -> log.atInfo().log("delayed runnable"), 1, MILLISECONDS).get();
        pool.schedule(() -> {
          log.atInfo().log("delayed callable");
          return 1;
        }, 1, MILLISECONDS).get();
        List<ScheduledFuture<?>> repeating = List.of(
            pool.scheduleAtFixedRate(() -> {
              log.atInfo().log("fixed rate");
              periodic.countDown();
            }, 0, 1, MILLISECONDS),
            pool.scheduleWithFixedDelay(() -> {
              log.atInfo().log("fixed delay");
              periodic.countDown();
            }, 0, 1, MILLISECONDS));
        assertTrue(periodic.await(5, SECONDS));
        repeating.forEach(future -> future.cancel(false));
        pool.submit(() -> log.atInfo().log("submitted")).get();
        return null;
      });
      log.atInfo().log("outside");
      pool.schedule(() -> log.atInfo().log("scheduled outside"), 0, MILLISECONDS).get();
    } finally {
      timers.shutdownNow();
    }
    List<String> events = recording.layer.events();
    assertTrue(events.size() >= 8, events.toString());
    assertEquals(List.of("scheduler: delayed runnable", "scheduler: delayed callable"),
        events.subList(0, 2));
    assertEquals(List.of(": outside", ": scheduled outside"), events.subList(events.size() - 2,
        events.size()));
    for (String event : events.subList(2, events.size() - 2)) {
      assertTrue(event.matches("scheduler: (fixed rate|fixed delay|submitted)"), event);
    }
    assertTrue(events.contains("scheduler: submitted"), events.toString());
  }

  @Test
  void aPlainExecutorPropagatesToo() throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    inSpan("submitter", () -> {
      Tracing.propagating((Runnable task) -> new Thread(task).start()).execute(() -> {
        log.atInfo().log("on a new thread");
        done.countDown();
      });
      return null;
    });
    assertTrue(done.await(5, SECONDS));
    assertEquals(List.of("submitter: on a new thread"), recording.layer.events());
  }

  @Test
  void aPooledThreadNeverKeepsASpanEnteredAfterATaskEvenWhenItThrows() throws Exception {
    ExecutorService pool = Tracing.propagating(single);
    inSpan("submitter", () -> {
      pool.execute(() -> {
        throw new IllegalStateException("task failed");
      });
      ExecutionException failed = assertThrows(ExecutionException.class, () -> pool.submit(() -> {
        throw new IllegalStateException("task failed");
      }).get());
      assertEquals("task failed", failed.getCause().getMessage());
      return null;
    });
    assertTrue(single.submit(() -> Span.current().isDisabled()).get(), "nothing left entered");
  }

  @Test
  void anInstrumentedExecutorRecordsEachTaskAsAChildSpanWithItsQueueingDelayAsIdle()
      throws Exception {
    TaskSpans tasks = new TaskSpans();
    Tracing.setGlobalDefault(Registry.builder().with(recording.layer).with(tasks).build());
    ExecutorService pool = Tracing.instrumented(single, "db");
    CountDownLatch blocker = new CountDownLatch(1);
    Future<?> queued = inSpan("request", () -> {
      pool.execute(() -> await(blocker));           // keeps the only thread busy
      return pool.submit(() -> log.atInfo().log("queued task"));
    });
    MILLISECONDS.sleep(100);
    blocker.countDown();
    queued.get(5, SECONDS);
    // The result is set just before the task span closes; the next task starts after it closed.
    pool.submit(() -> { }).get(5, SECONDS);

    assertEquals(List.of("request>task: queued task"), recording.layer.events());
    // Three tasks: the blocker and the queued one (children of "request"), then the barrier.
    assertEquals(3, tasks.closes.size());
    SpanData task = tasks.closes.keySet().stream()
        .filter(span -> span.parent() != null && span.parent().name().equals("request"))
        .max((a, b) -> Long.compare(a.id(), b.id())).orElseThrow();
    assertEquals("dev.tracing4j.task", task.target());
    FieldValues fields = task.fieldsSnapshot();
    assertEquals("db", fields.value(fields.indexOf("task.name")));
    assertTrue(fields.value(fields.indexOf("task.id")) instanceof Long);
    Timing timing = task.timing();
    assertTrue(timing.idleNanos() >= MILLISECONDS.toNanos(100), "queued behind the blocker "
        + timing);
    assertEquals(1, tasks.closes.get(task).get());
  }

  @Test
  void invokeAllAndInvokeAnyGiveOneSpanPerTask() throws Exception {
    TaskSpans tasks = new TaskSpans();
    Tracing.setGlobalDefault(Registry.builder().with(tasks).build());
    ExecutorService pool = Tracing.instrumented(Executors.newFixedThreadPool(2), "batch");
    Collection<Callable<Integer>> work = List.of(() -> 1, () -> 2, () -> 3);
    assertEquals(3, pool.invokeAll(work).size());
    pool.invokeAny(work);
    pool.shutdown();
    assertTrue(pool.awaitTermination(5, SECONDS));
    assertTrue(tasks.closes.size() >= 4 && tasks.closes.size() <= 6, tasks.closes.toString());
    tasks.closes.values().forEach(count -> assertEquals(1, count.get()));
  }

  @Test
  void shutdownNowReturnsTheSubmittedTasksAndClosesTheirSpans() throws Exception {
    TaskSpans tasks = new TaskSpans();
    Tracing.setGlobalDefault(Registry.builder().with(tasks).build());
    ExecutorService pool = Tracing.instrumented(single, "doomed");
    CountDownLatch started = new CountDownLatch(1);
    pool.execute(() -> {
      started.countDown();
      await(new CountDownLatch(1));
    });
    started.await();
    Runnable never = () -> { };
    pool.execute(never);
    List<Runnable> unstarted = pool.shutdownNow();
    assertEquals(List.of(never), unstarted);
    assertTrue(pool.awaitTermination(5, SECONDS));
    tasks.closes.values().forEach(count -> assertEquals(1, count.get()));
    assertEquals(2, tasks.closes.size());
  }

  @Test
  void aRejectedTaskClosesItsSpanAndTheRejectionPassesThrough() {
    TaskSpans tasks = new TaskSpans();
    Tracing.setGlobalDefault(Registry.builder().with(tasks).build());
    ExecutorService pool = Tracing.instrumented(single, "closed");
    pool.shutdown();
    assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> { }));
    assertEquals(1, tasks.closes.size());
    tasks.closes.values().forEach(count -> assertEquals(1, count.get()));
  }

  @Test
  void wrappingTwiceReturnsTheSameWrapper() {
    ExecutorService pool = Tracing.propagating(single);
    assertSame(pool, Tracing.propagating(pool));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
