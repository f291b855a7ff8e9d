package dev.tracing4j.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.test.RecordedSpan.Phase;
import dev.tracing4j.test.RecordedSpan.Transition;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a test reads from its {@link RecordedTrace}. */
@ExtendWith(TracingExtension.class)
class RecordedTraceTest {

  private static final Tracer log = Tracer.of("com.shop.Orders");
  private final ExecutorService pool = Workers.named("worker", 2);
  private RecordedTrace traceBeforeEach;

  @BeforeEach
  void traceBeforeTheTest(RecordedTrace trace) {
    traceBeforeEach = trace;
    log.atDebug().log("set up");
  }

  @AfterEach
  void stopPool() throws InterruptedException {
    Workers.stop(pool);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void beforeEachMethodsShareTheTestsTraceAndAreRecordedInIt(RecordedTrace trace) {
    assertSame(traceBeforeEach, trace);
    assertEquals(List.of("set up"), trace.events().stream().map(RecordedEvent::message).toList());
  }

  @Test
  void fieldsKeepTheirTypesInDeclarationOrder(RecordedTrace trace) {
    Object customer = List.of("ada");
    Span span = log.span(Level.INFO, "place").field("order.id", 42).field("rows").field("ok", true)
        .field("ratio", 0.5f).field("region", new StringBuilder("eu")).field("customer", customer)
        .field("nothing", (Object) null).start();
    span.record("rows", 17L);
    span.close();

    Map<String, Object> fields = trace.span("place").fields();
    assertEquals(map("order.id", 42L, "rows", 17L, "ok", true, "ratio", 0.5, "region", "eu",
        "customer", customer, "nothing", null), fields);
    assertEquals(List.of("order.id", "rows", "ok", "ratio", "region", "customer", "nothing"),
        List.copyOf(fields.keySet()), "declaration order, rows where it was declared");
    assertEquals(List.of(Long.class, Long.class, Boolean.class, Double.class, String.class),
        fields.values().stream().limit(5).map(Object::getClass).toList());
    assertSame(customer, fields.get("customer"), "other objects as recorded");
    assertThrows(UnsupportedOperationException.class, () -> fields.put("x", 1L));
  }

  @Test
  void aDeclaredFieldWithoutValueIsNotAField(RecordedTrace trace) {
    log.span(Level.INFO, "load").field("rows").start().close();
    assertEquals(Map.of(), trace.span("load").fields());
  }

  @Test
  void spansTellNameTargetLevelThreadAndParent(RecordedTrace trace) {
    Span handle = log.span(Level.WARN, "handle").start();
    try (Scope scope = handle.enter()) {
      Tracer.of("com.shop.Db").span(Level.DEBUG, "query").start().close();
    }
    handle.close();

    RecordedSpan query = trace.span("query");
    assertEquals("com.shop.Db", query.target());
    assertEquals(Level.DEBUG, query.level());
    assertEquals(Thread.currentThread().getName(), query.thread());
    assertEquals("handle", query.parent().orElseThrow().name());
    assertEquals(Level.WARN, trace.span("handle").level());
    assertEquals(Optional.empty(), trace.span("handle").parent());
    assertTrue(query.id() > trace.span("handle").id());
  }

  @Test
  void spansOfANameAreListedInCreationOrder(RecordedTrace trace) {
    for (int i = 0; i < 3; i++) {
      log.span(Level.INFO, "add").field("i", i).start().close();
    }
    log.span(Level.INFO, "other").start().close();
    assertEquals(List.of(0L, 1L, 2L),
        trace.spans("add").stream().map(span -> span.fields().get("i")).toList());
    assertEquals(List.of("add", "add", "add", "other"),
        trace.spans().stream().map(RecordedSpan::name).toList());
    assertEquals(List.of(), trace.spans("none"));
  }

  @Test
  void eventsComeInOrderWithTheirSpanFieldsAndThread(RecordedTrace trace) {
    Span place = log.span(Level.INFO, "place").start();
    try (Scope scope = place.enter()) {
      log.atWarn().field("message", "a field").field("n", 3).log("slow");
      log.atError().field("reason", "card").log();
    }
    place.close();

    List<RecordedEvent> events = trace.events();
    assertEquals(3, events.size(), events.toString());
    RecordedEvent slow = events.get(1);
    assertEquals(Level.WARN, slow.level());
    assertEquals("com.shop.Orders", slow.target());
    assertEquals("slow", slow.message());
    assertEquals(map("message", "a field", "n", 3L), slow.fields());
    assertEquals("place", slow.span().orElseThrow().name());
    assertEquals(Thread.currentThread().getName(), slow.thread());
    assertEquals("", events.get(2).message(), "logged without a message");
    assertEquals(Optional.empty(), events.get(0).span(), "set up, outside any span");
    assertEquals(List.of(slow.sequence(), events.get(2).sequence()),
        trace.span("place").events().stream().map(RecordedEvent::sequence).toList());
  }

  @Test
  void rootsAndChildrenShowNestingAcrossThreads(RecordedTrace trace) throws Exception {
    Span handle = log.span(Level.INFO, "handle").start();
    try (Scope scope = handle.enter()) {
      CompletableFuture.runAsync(() -> {
        log.span(Level.INFO, "load").start().inScope(() -> log.atInfo().log("loaded"));
      }, Tracing.propagating(pool)).get(10, TimeUnit.SECONDS);
      log.span(Level.INFO, "render").start().close();
    }
    handle.close();
    log.span(Level.INFO, "audit").start().close();

    assertEquals(List.of("handle", "audit"),
        trace.roots().stream().map(RecordedSpan::name).toList());
    RecordedSpan root = trace.roots().get(0);
    assertEquals(List.of("load", "render"),
        trace.children(root).stream().map(RecordedSpan::name).toList());
    RecordedSpan load = root.children().get(0);
    assertEquals("worker-1", load.thread());
    assertEquals("loaded", load.events().get(0).message());
    assertEquals("worker-1", load.events().get(0).thread());
    assertEquals(List.of(), trace.children(load));
  }

  @Test
  void childrenOfASpanFromAnEarlierQueryAreTheCurrentOnes(RecordedTrace trace) {
    Span batch = log.span(Level.INFO, "batch").start();
    RecordedSpan early = trace.span("batch");
    batch.inScope(() -> log.span(Level.INFO, "item").start().close());
    assertEquals(List.of(), early.children(), "a query shows what had happened then");
    assertEquals(List.of("item"), trace.children(early).stream().map(RecordedSpan::name).toList());
  }

  @Test
  void aQueryIsASnapshotThatDoesNotChangeLater(RecordedTrace trace) {
    Span span = log.span(Level.INFO, "job").start();
    RecordedSpan open = trace.span("job");
    span.close();
    assertFalse(open.isClosed());
    assertTrue(trace.span("job").isClosed());
    assertEquals(1, open.lifecycle().size());
  }

  @Test
  void theLifecycleListsEveryStepWithItsThread(RecordedTrace trace) throws Exception {
    Span job = log.span(Level.INFO, "job").start();
    job.inScope(() -> {});
    pool.submit(job.wrap(() -> {})).get(10, TimeUnit.SECONDS);
    job.close();

    List<Transition> lifecycle = trace.span("job").lifecycle();
    String main = Thread.currentThread().getName();
    assertEquals(List.of(Phase.NEW, Phase.ENTER, Phase.EXIT, Phase.ENTER, Phase.EXIT, Phase.CLOSE),
        lifecycle.stream().map(Transition::phase).toList());
    assertEquals(List.of(main, main, main, "worker-1", "worker-1", main),
        lifecycle.stream().map(Transition::thread).toList());
    assertEquals(trace.span("job").sequence(), lifecycle.get(0).sequence());
  }

  @Test
  void busyIsTimeEnteredAndIdleTheRestOfTheSpansLife(RecordedTrace trace) throws Exception {
    Span span = log.span(Level.INFO, "wait").start();
    Thread.sleep(30);
    span.inScope(() -> sleep(30));
    span.close();
    RecordedSpan wait = trace.span("wait");
    assertTrue(wait.busyNanos() >= TimeUnit.MILLISECONDS.toNanos(30), "busy " + wait.busyNanos());
    assertTrue(wait.idleNanos() >= TimeUnit.MILLISECONDS.toNanos(30), "idle " + wait.idleNanos());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void followsFromLinksSpansThatAreNotParentAndChild(RecordedTrace trace) {
    Span request = log.span(Level.INFO, "request").start();
    request.close();
    Span flush = log.span(Level.INFO, "flush").start();
    flush.followsFrom(request);
    flush.close();
    assertEquals(List.of("request"),
        trace.span("flush").followsFrom().stream().map(RecordedSpan::name).toList());
    assertEquals(Optional.empty(), trace.span("flush").parent());
  }

  @Test
  void fmtIsOneLinePerEventWithoutTimestampsWithTheSpansFieldsOfTheMoment(RecordedTrace trace) {
    Span place = log.span(Level.INFO, "place").field("order.id", 42L).field("rows").start();
    try (Scope scope = place.enter()) {
      log.atInfo().field("ok", true).log("placed");
      place.record("rows", 3L);
      log.atWarn().field("customer", "ada").log("slow \"bank\"\nreply");
    }
    place.close();
    log.atError().log("outside");

    assertEquals("DEBUG com.shop.Orders: set up\n"
        + " INFO place{order.id=42}: com.shop.Orders: placed ok=true\n"
        + " WARN place{order.id=42 rows=3}: com.shop.Orders: slow \"bank\"\\nreply customer=\"ada\"\n"
        + "ERROR com.shop.Orders: outside\n", trace.fmt());
  }

  @Test
  void theTreeShowsSpansWithTheirStateAndEventsInOrder(RecordedTrace trace) throws Exception {
    Span handle = log.span(Level.INFO, "handle").field("request.id", "r-1").start();
    try (Scope scope = handle.enter()) {
      Span place = log.span(Level.INFO, "place").field("order.id", 42L).start();
      place.inScope(() -> log.atInfo().field("ok", true).log("placed"));
      place.close();
      CompletableFuture.runAsync(() -> log.span(Level.DEBUG, "charge").start(),
          Tracing.propagating(pool)).get(10, TimeUnit.SECONDS);
      log.atWarn().log("slow");
    }
    handle.close();
    trace.awaitClosed("handle"); // the worker may still be leaving it when get() returns

    assertEquals("recorded 3 spans and 3 events:\n"
        + "  DEBUG com.shop.Orders: set up\n"
        + "  handle{request.id=\"r-1\"} (closed)\n"
        + "    place{order.id=42} (closed)\n"
        + "       INFO com.shop.Orders: placed ok=true\n"
        + "    charge (open, on worker-1)\n"
        + "     WARN com.shop.Orders: slow", trace.toString());
  }

  @Test
  void anEmptyTraceSaysWhereWorkOnOtherThreadsGoes(RecordedTrace trace) throws Exception {
    pool.submit(() -> log.atInfo().log("on a thread of no test")).get(10, TimeUnit.SECONDS);
    assertEquals(1, trace.events().size(), "only the set-up event");
    RecordedTrace empty = new RecordedTrace(Recorder.INSTANCE.newRecording());
    assertEquals("recorded nothing (work on another thread is recorded only inside a span of the"
        + " test: see Tracing.propagating)", empty.toString());
  }

  @Test
  void awaitClosedWaitsForASpanThatClosesOnAnotherThread(RecordedTrace trace) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    Span slow = log.span(Level.INFO, "slow").start();
    pool.execute(() -> {
      try {
        go.await();
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      slow.close();
    });
    go.countDown();
    RecordedSpan closed = trace.awaitClosed("slow");
    assertTrue(closed.isClosed());
    assertEquals("worker-1", closed.lifecycle().get(1).thread());
  }

  @Test
  void awaitClosedFailsShowingTheTreeWhenTheSpanStaysOpen(RecordedTrace trace) {
    log.span(Level.INFO, "stuck").field("id", 7L).start();
    AssertionError failure = assertThrows(AssertionError.class,
        () -> trace.awaitClosed("stuck", Duration.ofMillis(50)));
    assertEquals("expected span stuck{id=7} to close within 50ms, but it is open\n"
        + "recorded 1 span and 1 event:\n"
        + "  DEBUG com.shop.Orders: set up\n"
        + "  stuck{id=7} (open)", failure.getMessage());
  }

  @Test
  void spanByNameSaysWhatWasRecordedWhenThereIsNoneOrSeveral(RecordedTrace trace) {
    AssertionError none = assertThrows(AssertionError.class, () -> trace.span("place"));
    assertEquals("expected one span named place, but none was recorded\n"
        + "recorded 0 spans and 1 event:\n"
        + "  DEBUG com.shop.Orders: set up", none.getMessage());

    log.span(Level.INFO, "place").field("id", 1L).start().close();
    log.span(Level.INFO, "place").field("id", 2L).start();
    AssertionError several = assertThrows(AssertionError.class, () -> trace.span("place"));
    assertEquals("expected one span named place, but 2 were recorded\n"
        + "recorded 2 spans and 1 event:\n"
        + "  DEBUG com.shop.Orders: set up\n"
        + "  place{id=1} (closed)\n"
        + "  place{id=2} (open)", several.getMessage());
  }

  @Test
  void childrenOfASpanOfAnotherTraceIsAnError(RecordedTrace trace) {
    TestRecording other = Recorder.INSTANCE.newRecording();
    Tracer.of("x").span(Level.INFO, "mine").start().close();
    RecordedSpan mine = trace.span("mine");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RecordedTrace(other).children(mine));
    assertEquals("span mine was not recorded by this test", e.getMessage());
  }
}
