package dev.tracing4j.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Many threads recording at once: nothing lost, nothing mixed up, the cap holds. */
class TimelineStressTest {
  private static final Tracer log = Tracer.of("stress");
  private static final int THREADS = 8;
  private static final int REQUESTS_PER_THREAD = 500;

  private static Recording run(int cap) throws Exception {
    TimelineLayer layer = TimelineLayer.builder()
        .output(Output.stream(new ByteArrayOutputStream(), "memory")).cap(cap).build();
    Registry registry = Registry.builder().with(layer).build();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      String name = "stress-" + t;
      Thread thread = new Thread(() -> {
        try (DefaultGuard guard = Tracing.setDefault(registry)) {
          start.await();
          for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
            Span root = log.span(Level.INFO, "request").field("thread", name).start();
            try (Scope scope = root.enter()) {
              Span child = log.span(Level.INFO, "step").start();
              try (Scope inner = child.enter()) {
                log.atInfo().field("i", (long) i).log("working");
                log.span(Level.INFO, "leaf").start().close();
              }
              child.close();
            }
            root.close();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, name);
      threads.add(thread);
      thread.start();
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    return layer.finishForTest();
  }

  @Test
  void everySpanIntervalAndEventOfEightThreadsIsRecordedOnItsOwnThread() throws Exception {
    Recording recording = run(TimelineLayer.DEFAULT_CAP);
    int requests = THREADS * REQUESTS_PER_THREAD;
    assertEquals(requests, recording.requests().size());
    for (List<SpanRecord> request : recording.requests()) {
      assertEquals(3, request.size());
      Map<String, SpanRecord> byName = request.stream()
          .collect(Collectors.toMap(SpanRecord::name, span -> span));
      String creator = byName.get("request").fields()[1];
      assertEquals(byName.get("request").id(), byName.get("step").parentId());
      assertEquals(byName.get("step").id(), byName.get("leaf").parentId());
      for (String name : List.of("request", "step")) {
        SpanRecord span = byName.get(name);
        assertEquals(1, span.intervalCount(), name);
        assertEquals(creator, recording.threads().get((int) span.intervals()[2]));
      }
      assertEquals(1, byName.get("step").events().size());
      assertEquals(creator, recording.threads().get(byName.get("step").events().get(0).thread()));
    }
    recording.statistics().forEach(row -> assertEquals(requests, row.count(), row.name()));
    assertTrue(recording.coverage().complete());
  }

  @Test
  void underTheCapWithEightThreadsEveryKeptRequestIsWholeAndTheTotalFitsTheCap()
      throws Exception {
    int cap = 1000; // a request weighs 4: three spans and an event
    Recording recording = run(cap);
    long weight = 0;
    Set<Long> ids = new HashSet<>();
    for (List<SpanRecord> request : recording.requests()) {
      assertEquals(3, request.size(), "whole requests");
      weight += request.size() + request.stream().mapToLong(s -> s.events().size()).sum();
      request.forEach(span -> ids.add(span.id()));
    }
    assertTrue(weight <= cap, "kept " + weight);
    assertTrue(weight >= cap - 4 * THREADS, "the cap is used: kept " + weight);
    assertEquals(ids.size(), recording.requests().size() * 3L, "no span twice");
    recording.statistics().forEach(row ->
        assertEquals(THREADS * REQUESTS_PER_THREAD, row.count(), row.name()));
  }
}
