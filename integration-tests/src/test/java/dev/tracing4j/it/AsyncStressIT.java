package dev.tracing4j.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.it.async.InstrumentedRequestHandler;
import dev.tracing4j.it.async.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.chrome.ChromeLayer;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.filter.EnvFilter;
import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.Registry;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.spi.FieldValues;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten thousand concurrent async requests, each with its own id, over a small pool: every event
 * must see the span chain of its own request, every span must be created once and closed exactly
 * once, every enter must have its exit before the close, and the chrome layer beside it must have
 * written one interval per enter (so no thread keeps an interval open).
 */
class AsyncStressIT {

  private static final int REQUESTS = 10_000;

  /** Checks each event's chain and counts creations and closes per span. */
  private static final class ChainChecker implements Layer {
    final LongAdder events = new LongAdder();
    final Queue<String> mismatches = new ConcurrentLinkedQueue<>();
    final Map<Long, AtomicInteger> closes = new ConcurrentHashMap<>();
    final Map<Long, AtomicInteger> inside = new ConcurrentHashMap<>();
    final Map<String, LongAdder> created = new ConcurrentHashMap<>();
    final LongAdder enters = new LongAdder();

    @Override
    public void onNewSpan(SpanData span, Context ctx) {
      created.computeIfAbsent(span.name(), n -> new LongAdder()).increment();
      closes.put(span.id(), new AtomicInteger());
      inside.put(span.id(), new AtomicInteger());
    }

    @Override
    public void onEnter(SpanData span, Context ctx) {
      enters.increment();
      if (closes.get(span.id()).get() != 0) {
        mismatches.add("enter of " + span + " after its close");
      }
      inside.get(span.id()).incrementAndGet();
    }

    @Override
    public void onExit(SpanData span, Context ctx) {
      if (closes.get(span.id()).get() != 0) {
        mismatches.add("exit of " + span + " after its close");
      }
      inside.get(span.id()).decrementAndGet();
    }

    @Override
    public void onClose(SpanData span, Context ctx) {
      closes.get(span.id()).incrementAndGet();
      if (inside.get(span.id()).get() != 0) {
        mismatches.add(span + " closed while entered " + inside.get(span.id()) + " times");
      }
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

  @TempDir
  Path directory;

  /** Runs the requests on {@code pool}, instrumented (with task spans) or only propagating. */
  private void runRequests(ExecutorService pool, boolean taskSpans) throws Exception {
    ChainChecker checker = new ChainChecker();
    Path chromeFile = directory.resolve("trace.json");
    Tracing.setGlobalDefault(Registry.builder()
        .with(checker, EnvFilter.parse("trace"))
        .with(ChromeLayer.builder().output(Output.newFile(chromeFile)).build(),
            EnvFilter.parse("trace"))
        .build());
    ExecutorService workers = taskSpans
        ? Tracing.instrumented(pool, "workers") : Tracing.propagating(pool);
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
    int spansPerRequest = taskSpans ? 4 : 2;
    if (taskSpans) {
      assertEquals(REQUESTS * 2L, checker.created.get("task").sum());
    }
    assertEquals(REQUESTS * (long) spansPerRequest, checker.closes.size());
    List<Long> notClosedOnce = checker.closes.entrySet().stream()
        .filter(e -> e.getValue().get() != 1).map(Map.Entry::getKey).limit(5).toList();
    assertEquals(List.of(), notClosedOnce, "spans not closed exactly once");

    Tracing.setGlobalDefault(Registry.builder().build()); // shuts the chrome layer down
    long intervals = 0;
    for (JsonNode record : new ObjectMapper().readTree(chromeFile.toFile()).get("traceEvents")) {
      intervals += record.get("ph").asText().equals("X") ? 1 : 0;
    }
    assertEquals(checker.enters.sum(), intervals, "one chrome interval per enter");
  }

  @Test
  void onPlatformThreads() throws Exception {
    runRequests(Executors.newFixedThreadPool(4), true);
  }

  @Test
  void onPlatformThreadsThroughAPropagatingExecutor() throws Exception {
    runRequests(Executors.newFixedThreadPool(4), false);
  }

  @Test
  @EnabledForJreRange(min = JRE.JAVA_21)
  void onVirtualThreads() throws Throwable {
    runRequests(virtualThreads(), true);
  }

  @Test
  @EnabledForJreRange(min = JRE.JAVA_21)
  void onVirtualThreadsThroughAPropagatingExecutor() throws Throwable {
    runRequests(virtualThreads(), false);
  }

  private static ExecutorService virtualThreads() throws Throwable {
    // Compiled for Java 17, so the JDK 21 factory is looked up rather than called directly.
    return (ExecutorService) MethodHandles.publicLookup()
        .findStatic(Executors.class, "newVirtualThreadPerTaskExecutor",
            MethodType.methodType(ExecutorService.class))
        .invoke();
  }
}
