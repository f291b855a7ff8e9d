package dev.tracing4j.runtime.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.Registry;
import dev.tracing4j.runtime.spi.FieldValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * Many threads enter matching and non-matching spans at once, nest them and exit them out of
 * order, while others log outside any span. Each thread's span scope is its own: every DEBUG event
 * inside a matching span is recorded, and no other.
 */
class SpanScopeStressTest {

  private static final int THREADS = 8;
  private static final int ITERATIONS = 2_000;
  private static final Tracer log = Tracer.of("test.scope");

  /** Counts events by message, and the thread that says it never enters a span. */
  private static final class CountingLayer implements Layer {
    final Map<String, LongAdder> byMessage = new ConcurrentHashMap<>();

    @Override
    public void onEvent(Event event, Context ctx) {
      FieldValues fields = event.fields();
      String message = String.valueOf(fields.value(fields.indexOf(FieldValues.MESSAGE)));
      byMessage.computeIfAbsent(message, m -> new LongAdder()).increment();
    }

    Map<String, Long> counts() {
      Map<String, Long> counts = new TreeMap<>();
      byMessage.forEach((message, count) -> counts.put(message, count.sum()));
      return counts;
    }
  }

  private static void worker(int iterations) {
    for (int i = 0; i < iterations; i++) {
      boolean matching = i % 2 == 0;
      Span job = log.span(Level.INFO, "job").field("id", matching ? 42L : 7L).start();
      Span sibling = log.span(Level.INFO, "sibling").start(); // not a child: only the scope counts
      Scope jobScope = job.enter();
      try (Scope siblingScope = sibling.enter()) {
        log.atDebug().log(matching ? "in sibling" : "in another sibling");
      }
      log.atDebug().log(matching ? "in job" : "in another job");
      Span step = log.span(Level.INFO, "step").start();
      Scope stepScope = step.enter();
      log.atDebug().log(matching ? "in step" : "in another step");
      if (i % 3 == 0) {
        jobScope.close(); // out of order: the step is still a child of the job
        log.atDebug().log(matching ? "in step after job exit" : "in another step after job exit");
        stepScope.close();
      } else {
        stepScope.close();
        jobScope.close();
      }
      log.atDebug().log("outside");
      step.close();
      sibling.close();
      job.close();
    }
  }

  @Test
  void eachThreadSeesOnlyItsOwnScope() throws Exception {
    CountingLayer layer = new CountingLayer();
    Registry registry = Registry.builder()
        .with(layer, EnvFilter.parse("info,[job{id=42}]=debug"))
        .build();
    CyclicBarrier start = new CyclicBarrier(THREADS + 1);
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (int t = 0; t < THREADS + 1; t++) {
      boolean outsider = t == THREADS;
      Thread thread = new Thread(() -> Tracing.withDefault(registry, () -> {
        try {
          start.await();
          if (outsider) {
            for (int i = 0; i < ITERATIONS * 4; i++) {
              log.atDebug().log("outside");
            }
          } else {
            worker(ITERATIONS);
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
      thread.setUncaughtExceptionHandler((th, e) -> {
        synchronized (failures) {
          failures.add(e);
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(List.of(), failures);
    long matching = (ITERATIONS + 1) / 2;
    long matchingOutOfOrder = 0;
    for (int i = 0; i < ITERATIONS; i += 2) {
      matchingOutOfOrder += i % 3 == 0 ? 1 : 0;
    }
    assertEquals(Map.of(
        "in job", THREADS * matching,
        "in sibling", THREADS * matching,
        "in step", THREADS * matching,
        "in step after job exit", THREADS * matchingOutOfOrder), layer.counts());
  }
}
