package dev.tracing4j.test;

import static dev.tracing4j.test.TracingAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.Registry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The extension as JUnit runs it: example test classes (nested here, so that the build does not
 * run them on their own) are run by JUnit's engine test kit, sequentially or in parallel, and
 * their outcome is checked. This class itself does not use the extension, so that the recorder
 * is installed only while an example runs.
 */
class TracingExtensionTest {

  private static final Tracer log = Tracer.of("com.shop.Orders");

  private static EngineExecutionResults run(Class<?> examples) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(examples))
        .configurationParameter(OnlyInEngineTestKit.PARAMETER, "true").execute();
  }

  private static List<Throwable> failures(Events tests) {
    return tests.failed().stream()
        .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable()
            .orElseThrow())
        .toList();
  }

  private static Throwable onlyFailure(Events tests) {
    List<Throwable> failures = failures(tests);
    assertEquals(1, failures.size(), failures.toString());
    return failures.get(0);
  }

  // ---------------------------------------------------------------- isolation between tests

  @ExtendWith({OnlyInEngineTestKit.class, TracingExtension.class})
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class OneAfterTheOther {
    static final ExecutorService pool = Workers.named("late", 1);
    static final CountDownLatch firstIsOver = new CountDownLatch(1);
    static final CountDownLatch lateWorkDone = new CountDownLatch(1);
    static RecordedTrace first;

    @Test
    @Order(1)
    void first(RecordedTrace trace) {
      first = trace;
      Span span = log.span(Level.INFO, "first").start();
      span.inScope(() -> log.atInfo().log("in first"));
      // Handed over inside the span, but it runs after the test is over.
      pool.execute(span.wrap(() -> {
        await(firstIsOver);
        log.span(Level.INFO, "late child").start().close();
        log.atInfo().log("after first ended");
        lateWorkDone.countDown();
      }));
      assertThat(trace).hasRoots("first").hasEvent(Level.INFO, "in first");
    }

    @Test
    @Order(2)
    void second(RecordedTrace trace) {
      assertEquals(List.of(), trace.spans(), "starts empty");
      assertEquals(List.of(), trace.events());
      firstIsOver.countDown();
      await(lateWorkDone);
      log.span(Level.INFO, "second").start().close();
      assertThat(trace).hasRoots("second").hasNoSpan("late child");
      assertEquals(List.of(), trace.events(), "the late event belongs to the first test");
    }
  }

  static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void eachTestStartsEmptyAndWhatItsWorkTracesAfterItEndedIsDropped() throws Exception {
    run(OneAfterTheOther.class).testEvents().assertStatistics(stats -> stats.succeeded(2));
    Workers.stop(OneAfterTheOther.pool);
    RecordedTrace first = OneAfterTheOther.first;
    assertEquals(List.of("in first"), first.events().stream().map(RecordedEvent::message).toList());
    assertEquals(List.of("first"), first.spans().stream().map(RecordedSpan::name).toList());
  }

  // ---------------------------------------------------------------- parallel tests

  @ExtendWith({OnlyInEngineTestKit.class, TracingExtension.class})
  @Execution(ExecutionMode.CONCURRENT)
  static class InParallel {
    static final int TESTS = 6;
    static final int TASKS = 300;
    static final CyclicBarrier allRunning = new CyclicBarrier(TESTS);
    static final ExecutorService shared = Workers.named("shared", 4);
    static final ExecutorService propagating = Tracing.propagating(shared);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void seesOnlyItsOwnRecords(int id, RecordedTrace trace) throws Exception {
      allRunning.await(20, TimeUnit.SECONDS); // all of them run at once, or this fails
      Span request = log.span(Level.INFO, "request").field("id", id).start();
      List<Future<?>> tasks = new ArrayList<>();
      try (Scope scope = request.enter()) {
        for (int i = 0; i < TASKS; i++) {
          long task = i;
          tasks.add(propagating.submit(() -> {
            Span span = log.span(Level.DEBUG, "task").field("id", id).field("i", task).start();
            span.inScope(() -> log.atInfo().field("id", id).log("working"));
            span.close();
          }));
        }
        // Work handed over without the span belongs to no test.
        tasks.add(shared.submit(() -> log.atInfo().field("id", -1).log("no test's")));
        log.atInfo().field("id", id).log("submitted");
      }
      for (Future<?> task : tasks) {
        task.get(20, TimeUnit.SECONDS);
      }
      request.close();
      // A pool thread may still be leaving the span it ran a task in: the close comes then.
      trace.awaitClosed("request");

      assertThat(trace).hasRoots("request").hasSpans("task", TASKS).hasAllSpansClosed();
      assertEquals(TASKS, trace.span("request").children().size());
      assertTrue(trace.spans().stream().allMatch(span -> span.fields().get("id").equals(
          (long) id)), "only this test's spans");
      assertEquals(TASKS + 1, trace.events().size());
      assertTrue(trace.events().stream().allMatch(event -> event.fields().get("id").equals(
          (long) id)), "only this test's events");
    }
  }

  @Test
  void testsRunningInParallelNeverSeeEachOthersRecords() throws Exception {
    Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(InParallel.class))
        .configurationParameter(OnlyInEngineTestKit.PARAMETER, "true")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism",
            String.valueOf(InParallel.TESTS + 2))
        .execute().testEvents();
    Workers.stop(InParallel.shared);
    assertEquals(List.of(), failures(tests));
    assertEquals(InParallel.TESTS, tests.succeeded().count());
  }

  // ---------------------------------------------------------------- JUnit's own threads

  @ExtendWith({OnlyInEngineTestKit.class, TracingExtension.class})
  static class OnASeparateThread {
    static String testThread;

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void tracesOnTheThreadJUnitRunsItOn(RecordedTrace trace) {
      testThread = Thread.currentThread().getName();
      log.atInfo().log("on JUnit's timeout thread");
      assertThat(trace).hasEvent(Level.INFO, "on JUnit's timeout thread");
    }
  }

  @Test
  void aTestMethodOnJUnitsTimeoutThreadIsRecorded() {
    run(OnASeparateThread.class).testEvents().assertStatistics(stats -> stats.succeeded(1));
    assertNotEquals(Thread.currentThread().getName(), OnASeparateThread.testThread);
  }

  // ---------------------------------------------------------------- failures

  @ExtendWith({OnlyInEngineTestKit.class, TracingExtension.class})
  static class FailingPlainAssertion {
    @Test
    void fails(RecordedTrace trace) {
      log.span(Level.INFO, "place").field("order.id", 41).start().close();
      assertEquals(42, 41, "order id");
    }
  }

  @Test
  void aFailingPlainAssertionCarriesTheRecordedTree() {
    Throwable failure = onlyFailure(run(FailingPlainAssertion.class).testEvents());
    assertEquals("order id ==> expected: <42> but was: <41>", failure.getMessage());
    assertEquals(1, failure.getSuppressed().length);
    assertEquals("what the test traced:\n"
        + "recorded 1 span and 0 events:\n"
        + "  place{order.id=41} (closed)", failure.getSuppressed()[0].getMessage());
    assertEquals(0, failure.getSuppressed()[0].getStackTrace().length);
  }

  @ExtendWith({OnlyInEngineTestKit.class, TracingExtension.class})
  static class FailingTraceAssertion {
    @Test
    void fails(RecordedTrace trace) {
      log.span(Level.INFO, "place").field("order.id", 41).start().close();
      assertThat(trace).span("place").hasField("order.id", 42);
    }
  }

  @Test
  void aFailingTraceAssertionShowsTheTreeOnce() {
    Throwable failure = onlyFailure(run(FailingTraceAssertion.class).testEvents());
    assertEquals("expected span place{order.id=41} to have field order.id=42 (Long), but it has"
        + " order.id=41 (Long)\n"
        + "recorded 1 span and 0 events:\n"
        + "  place{order.id=41} (closed)", failure.getMessage());
    assertEquals(0, failure.getSuppressed().length);
  }

  @ExtendWith({OnlyInEngineTestKit.class, TracingExtension.class})
  static class TraceInBeforeAll {
    @BeforeAll
    static void setUp(RecordedTrace trace) {}

    @Test
    void test() {}
  }

  @Test
  void aTraceOutsideATestIsRefusedWithWhereToAskForIt() {
    Throwable failure = onlyFailure(run(TraceInBeforeAll.class).containerEvents());
    assertEquals("a RecordedTrace is recorded per test: take it as a parameter of a @Test,"
        + " @BeforeEach or @AfterEach method, not of static void"
        + " dev.tracing4j.test.TracingExtensionTest$TraceInBeforeAll.setUp"
        + "(dev.tracing4j.test.RecordedTrace)", failure.getMessage());
  }

  // ---------------------------------------------------------------- the global default

  /** Counts what the subscriber installed before the tests receives, and whether it shut down. */
  static final class CountingLayer implements Layer {
    final AtomicInteger events = new AtomicInteger();
    volatile boolean shutDown;

    @Override
    public void onEvent(Event event, Context ctx) {
      events.incrementAndGet();
    }

    @Override
    public void shutdown() {
      shutDown = true;
    }

    @Override
    public String toString() {
      return "theirs";
    }
  }

  @ExtendWith({OnlyInEngineTestKit.class, TracingExtension.class})
  static class TracesAnEvent {
    @Test
    void traces(RecordedTrace trace) {
      log.atInfo().log("recorded by the test");
      assertThat(trace).hasEvent(Level.INFO, "recorded by the test");
    }
  }

  @Test
  void theGlobalDefaultInstalledBeforeComesBackAliveAfterTheTests() {
    CountingLayer theirs = new CountingLayer();
    Registry before = Registry.builder().with(theirs).build();
    Tracing.setGlobalDefault(before);
    try {
      run(TracesAnEvent.class).testEvents().assertStatistics(stats -> stats.succeeded(1));
      assertSame(before, Tracing.globalDefault());
      assertEquals(0, theirs.events.get(), "the test's event went to the test only");
      assertFalse(theirs.shutDown);
      log.atInfo().log("after the tests");
      assertEquals(1, theirs.events.get());
    } finally {
      Tracing.setGlobalDefault(Registry.builder().build());
    }
  }

  @ExtendWith({OnlyInEngineTestKit.class, TracingExtension.class})
  static class ReplacesTheGlobalDefault {
    static final CountingLayer theirs = new CountingLayer();

    @Test
    void replaces(RecordedTrace trace) {
      log.atInfo().log("before");
      Tracing.setGlobalDefault(Registry.builder().with(theirs).build());
      log.atInfo().log("after");
      assertThat(trace).hasEvent(Level.INFO, "after");
    }
  }

  @Test
  void aTestThatReplacesTheRecorderIsToldWhatIsMissing() {
    CountingLayer before = new CountingLayer();
    Tracing.setGlobalDefault(Registry.builder().with(before).build());
    try {
      Throwable failure = onlyFailure(run(ReplacesTheGlobalDefault.class).testEvents());
      assertEquals("expected an INFO event \"after\", but none was recorded\n"
          + "recorded 0 spans and 1 event:\n"
          + "   INFO com.shop.Orders: before\n"
          + "note: Registry[theirs] replaced the test recorder as global default subscriber"
          + " while the test ran; what was traced after that is missing", failure.getMessage());
      assertEquals(1, ReplacesTheGlobalDefault.theirs.events.get());
      assertTrue(before.shutDown, "replaced, as it would have been without the recorder");
    } finally {
      Tracing.setGlobalDefault(Registry.builder().build());
    }
    assertInstanceOf(Registry.class, Tracing.globalDefault());
  }
}
