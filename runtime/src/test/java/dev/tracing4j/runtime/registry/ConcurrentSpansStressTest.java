package dev.tracing4j.runtime.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.spi.FieldValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads open, enter and close spans at once, some of them inside one span entered on every
 * thread. Every event must see exactly its own thread's span chain, and every span must be created
 * and closed exactly once.
 */
class ConcurrentSpansStressTest {

  private static final int THREADS = 32;
  private static final int REQUESTS_PER_THREAD = 400;
  private static final Tracer log = Tracer.of("test.stress");

  /** Checks each event's span chain against the fields the event says it expects. */
  private static final class ChainCheckingLayer implements Layer {
    final LongAdder events = new LongAdder();
    final Queue<String> mismatches = new ConcurrentLinkedQueue<>();
    final ConcurrentHashMap<Long, AtomicInteger> closes = new ConcurrentHashMap<>();
    final LongAdder created = new LongAdder();

    @Override
    public void onNewSpan(SpanData span, Context ctx) {
      created.increment();
    }

    @Override
    public void onClose(SpanData span, Context ctx) {
      closes.computeIfAbsent(span.id(), id -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public void onEvent(Event event, Context ctx) {
      events.increment();
      FieldValues fields = event.fields();
      String expected = (String) fields.value(fields.indexOf("expect"));
      StringBuilder actual = new StringBuilder();
      for (SpanData span : ctx.scope(event.parent())) {
        FieldValues spanFields = span.fieldsSnapshot();
        actual.append(actual.length() == 0 ? "" : ">").append(span.name());
        if (spanFields.size() > 0) {
          actual.append('{').append(spanFields.value(0)).append('}');
        }
      }
      if (!expected.equals(actual.toString())) {
        mismatches.add("expected " + expected + " but the event was in " + actual);
      }
    }
  }

  @AfterEach
  void uninstall() {
    Tracing.setGlobalDefault(Registry.builder().build());
  }

  @Test
  void everyEventSeesItsOwnSpanChainAndEverySpanClosesOnce() throws Exception {
    ChainCheckingLayer layer = new ChainCheckingLayer();
    Tracing.setGlobalDefault(Registry.builder().with(layer).build());
    Span shared = log.span(Level.INFO, "shared").field("name", "all").start();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Throwable> failures = new ArrayList<>();
    boolean[] leftInsideASpan = new boolean[THREADS];
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      Thread worker = new Thread(() -> {
        try {
          start.await();
          for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
            boolean inShared = i % 2 == 0;
            Scope sharedScope = inShared ? shared.enter() : null;
            String prefix = inShared ? "shared{all}>" : "";
            String id = "t" + thread + "-r" + i;
            Span request = log.span(Level.INFO, "request").field("request.id", id).start();
            try (Scope outer = request.enter()) {
              log.atInfo().field("expect", prefix + "request{" + id + "}").log("in request");
              Span step = log.span(Level.DEBUG, "step").field("n", (long) i).start();
              try (Scope inner = step.enter()) {
                log.atDebug().field("expect", prefix + "request{" + id + "}>step{" + i + "}")
                    .log("in step");
                Thread.yield();
              }
              step.close();
            }
            request.close();
            if (sharedScope != null) {
              sharedScope.close();
            }
            log.atInfo().field("expect", "").log("outside");
          }
          leftInsideASpan[thread] = !Span.current().isDisabled();
        } catch (Throwable e) {
          synchronized (failures) {
            failures.add(e);
          }
        }
      }, "stress-" + t);
      threads.add(worker);
      worker.start();
    }
    for (Thread worker : threads) {
      worker.join();
    }
    shared.close();

    assertTrue(failures.isEmpty(), failures.size() + " threads failed, first: "
        + (failures.isEmpty() ? "" : failures.get(0)));
    assertEquals(List.of(), List.copyOf(layer.mismatches).subList(0,
        Math.min(10, layer.mismatches.size())), "events saw another thread's spans");
    long requests = (long) THREADS * REQUESTS_PER_THREAD;
    assertEquals(requests * 3, layer.events.sum());
    assertEquals(requests * 2 + 1, layer.created.sum(), "spans created");
    assertEquals(requests * 2 + 1, layer.closes.size(), "spans closed");
    assertTrue(layer.closes.values().stream().allMatch(c -> c.get() == 1), "closed exactly once");
    for (boolean inside : leftInsideASpan) {
      assertFalse(inside, "a thread kept a span entered");
    }
  }
}
