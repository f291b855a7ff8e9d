package dev.tracing4j.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.it.async.InstrumentedRequestHandler;
import dev.tracing4j.it.async.RequestHandler;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.filter.EnvFilter;
import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.Registry;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.spi.FieldValues;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * Ten thousand concurrent async requests, each with its own id, over a small pool: every event
 * must see the span chain of its own request, and every span must be created once and closed
 * exactly once.
 */
class AsyncStressIT {

  private static final int REQUESTS = 10_000;

  /** Checks each event's chain and counts creations and closes per span. */
  private static final class ChainChecker implements Layer {
    final LongAdder events = new LongAdder();
    final Queue<String> mismatches = new ConcurrentLinkedQueue<>();
    final Map<Long, AtomicInteger> closes = new ConcurrentHashMap<>();
    final Map<String, LongAdder> created = new ConcurrentHashMap<>();

    @Override
    public void onNewSpan(SpanData span, Context ctx) {
      created.computeIfAbsent(span.name(), n -> new LongAdder()).increment();
      closes.put(span.id(), new AtomicInteger());
    }

    @Override
    public void onClose(SpanData span, Context ctx) {
      closes.get(span.id()).incrementAndGet();
    }

    @Override
    public void onEvent(Event event, Context ctx) {
      events.increment();
      FieldValues fields = event.fields();
      int expect = fields.indexOf("expect");
      if (expect < 0) {
        return; // a return event: it carries the request id through its span anyway
      }
      Object request = fields.value(expect);
      List<String> ids = new ArrayList<>();
      boolean inHandle = false;
      for (SpanData span : ctx.scope(event.parent())) {
        inHandle |= span.name().equals("handle");
        FieldValues spanFields = span.fieldsSnapshot();
        int id = spanFields.indexOf("requestId");
        if (id >= 0) {
          ids.add((String) spanFields.value(id));
        }
      }
      if (!inHandle || ids.isEmpty() || !ids.stream().allMatch(request::equals)) {
        mismatches.add("event for " + request + " saw requests " + ids + " (in handle: "
            + inHandle + ")");
      }
    }
  }

  private static void runRequests(ExecutorService pool) throws Exception {
    ChainChecker checker = new ChainChecker();
    Tracing.setGlobalDefault(Registry.builder().with(checker, EnvFilter.parse("trace")).build());
    ExecutorService workers = Tracing.instrumented(pool, "workers");
    RequestHandler handler = new InstrumentedRequestHandler(workers);
    List<CompletableFuture<String>> responses = new ArrayList<>(REQUESTS);
    for (int i = 0; i < REQUESTS; i++) {
      responses.add(handler.handle("r-" + i));
    }
    for (int i = 0; i < REQUESTS; i++) {
      assertEquals("value of r-" + i + "!", responses.get(i).get(60, SECONDS));
    }
    workers.shutdown();
    assertTrue(workers.awaitTermination(60, SECONDS));

    assertEquals(List.of(), List.copyOf(checker.mismatches).subList(0,
        Math.min(5, checker.mismatches.size())), checker.mismatches.size() + " mismatches");
    assertEquals(REQUESTS * 4L, checker.events.sum(), "received, looking up, answering, return");
    assertEquals(REQUESTS, checker.created.get("handle").sum());
    assertEquals(REQUESTS, checker.created.get("lookup").sum());
    assertEquals(REQUESTS * 2L, checker.created.get("task").sum());
    assertEquals(REQUESTS * 4L, checker.closes.size());
    List<Long> notClosedOnce = checker.closes.entrySet().stream()
        .filter(e -> e.getValue().get() != 1).map(Map.Entry::getKey).limit(5).toList();
    assertEquals(List.of(), notClosedOnce, "spans not closed exactly once");
  }

  @Test
  void onPlatformThreads() throws Exception {
    runRequests(Executors.newFixedThreadPool(4));
  }

  @Test
  @EnabledForJreRange(min = JRE.JAVA_21)
  void onVirtualThreads() throws Throwable {
    // Compiled for Java 17, so the JDK 21 factory is looked up rather than called directly.
    ExecutorService virtual = (ExecutorService) MethodHandles.publicLookup()
        .findStatic(Executors.class, "newVirtualThreadPerTaskExecutor",
            MethodType.methodType(ExecutorService.class))
        .invoke();
    runRequests(virtual);
  }
}
