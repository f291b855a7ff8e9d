package dev.tracing4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.spi.Interest;
import dev.tracing4j.runtime.spi.SpanHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A span closes after its last exit: a close asked for while the span is entered somewhere happens
 * when that scope closes, so subscribers see every enter matched by an exit and the close last.
 */
class SpanLifecycleTest {

  private static final Tracer log = Tracer.of("test.lifecycle");

  /** Records each span's lifecycle as the subscriber sees it, in order. */
  private static class LifecycleSubscriber extends CountingSubscriber {
    final Map<Long, Queue<String>> lifecycles = new ConcurrentHashMap<>();

    LifecycleSubscriber() {
      super(Interest.ALWAYS);
    }

    @Override
    public SpanHandle newSpan(dev.tracing4j.runtime.spi.Metadata metadata,
        dev.tracing4j.runtime.spi.FieldValues fields, SpanHandle parent) {
      SpanHandle handle = super.newSpan(metadata, fields, parent);
      lifecycles.put(handle.id(), new ConcurrentLinkedQueue<>(List.of("new")));
      return handle;
    }

    @Override
    public void enter(SpanHandle span) {
      lifecycles.get(span.id()).add("enter");
    }

    @Override
    public void exit(SpanHandle span) {
      lifecycles.get(span.id()).add("exit");
    }

    @Override
    public void close(SpanHandle span) {
      lifecycles.get(span.id()).add("close");
    }

    List<String> of(Span span) {
      return List.copyOf(lifecycles.get(span.id()));
    }
  }

  @Test
  void aCloseAskedForWhileEnteredOnAnotherThreadHappensAtThatThreadsExit() throws Exception {
    LifecycleSubscriber subscriber = new LifecycleSubscriber();
    Span span = started(subscriber, "job");
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch closeAsked = new CountDownLatch(1);
    Thread worker = new Thread(() -> {
      try (Scope scope = span.enter()) {
        entered.countDown();
        await(closeAsked);
        assertSame(span, Span.current(), "the span stays current until its scope closes");
      }
    });
    worker.start();
    await(entered);
    span.close();
    assertTrue(span.isClosed(), "the close was asked for");
    assertEquals(List.of("new", "enter"), subscriber.of(span), "not closed while entered");
    closeAsked.countDown();
    worker.join();
    assertEquals(List.of("new", "enter", "exit", "close"), subscriber.of(span));
  }

  @Test
  void aCloseAskedForInsideTheSpansOwnScopeHappensWhenTheScopeCloses() {
    LifecycleSubscriber subscriber = new LifecycleSubscriber();
    Span[] job = new Span[1];
    Tracing.withDefault(subscriber, () -> {
      Span span = log.span(Level.INFO, "job").start();
      job[0] = span;
      try (Scope outer = span.enter()) {
        try (Scope inner = span.enter()) {
          span.close(); // what an async method's completion does inside a task of its span
        }
        assertEquals(List.of("new", "enter", "enter", "exit"), subscriber.of(span));
      }
    });
    assertEquals(List.of("new", "enter", "enter", "exit", "exit", "close"), subscriber.of(job[0]));
  }

  @Test
  void aClosedSpanEnteredAgainIsCurrentButSubscribersSeeNoEnter() {
    LifecycleSubscriber subscriber = new LifecycleSubscriber();
    Tracing.withDefault(subscriber, () -> {
      Span span = log.span(Level.INFO, "job").start();
      span.close();
      try (Scope scope = span.enter()) {
        assertSame(span, Span.current(), "a late callback still runs in its span's context");
      }
      assertTrue(Span.current().isDisabled());
      assertEquals(List.of("new", "close"), subscriber.of(span));
    });
  }

  @Test
  void anActionGivenToCloseRunsOnceTheSpanHasReallyClosed() {
    LifecycleSubscriber subscriber = new LifecycleSubscriber();
    List<String> seenByAction = new ArrayList<>();
    Tracing.withDefault(subscriber, () -> {
      Span span = log.span(Level.INFO, "job").start();
      try (Scope scope = span.enter()) {
        span.close(() -> seenByAction.addAll(subscriber.of(span)));
        assertEquals(List.of(), seenByAction, "not while the span is entered");
      }
      assertEquals(List.of("new", "enter", "exit", "close"), seenByAction);
      span.close(() -> seenByAction.add("again"));
      assertEquals("again", seenByAction.get(seenByAction.size() - 1), "closed: runs at once");
    });
    List<String> disabled = new ArrayList<>();
    Span.none().close(() -> disabled.add("ran"));
    assertEquals(List.of("ran"), disabled);
  }

  @Test
  void closingTwiceClosesOnce() {
    LifecycleSubscriber subscriber = new LifecycleSubscriber();
    Tracing.withDefault(subscriber, () -> {
      Span span = log.span(Level.INFO, "job").start();
      try (Scope scope = span.enter()) {
        span.close();
        span.close();
      }
      span.close();
      assertEquals(List.of("new", "enter", "exit", "close"), subscriber.of(span));
    });
  }

  @Test
  void reenteringASpanAlreadyEnteredLeavesTheInnerSpanCurrent() {
    LifecycleSubscriber subscriber = new LifecycleSubscriber();
    Tracing.withDefault(subscriber, () -> {
      Span root = log.span(Level.INFO, "root").start();
      try (Scope rootScope = root.enter()) {
        Span leaf = log.span(Level.INFO, "leaf").start();
        try (Scope leafScope = leaf.enter()) {
          try (Scope again = root.enter()) {
            assertSame(leaf, Span.current(), "re-entering root does not hide leaf");
          }
          assertSame(leaf, Span.current(), "the inner exit of root does not pop leaf");
        }
        assertSame(root, Span.current());
        leaf.close();
      }
      assertTrue(Span.current().isDisabled());
      root.close();
      assertEquals(List.of("new", "enter", "enter", "exit", "exit", "close"), subscriber.of(root),
          "the subscriber still sees both enters of root");
    });
  }

  @Test
  void spansCreatedInsideAReenteredSpanAreChildrenOfTheCurrentOne() {
    List<Span> seen = new ArrayList<>();
    LifecycleSubscriber subscriber = new LifecycleSubscriber() {
      @Override
      public SpanHandle newSpan(dev.tracing4j.runtime.spi.Metadata metadata,
          dev.tracing4j.runtime.spi.FieldValues fields, SpanHandle parent) {
        seen.add(parent == null ? null : Span.current());
        return super.newSpan(metadata, fields, parent);
      }
    };
    Tracing.withDefault(subscriber, () -> {
      Span root = log.span(Level.INFO, "root").start();
      try (Scope rootScope = root.enter()) {
        Span leaf = log.span(Level.INFO, "leaf").start();
        try (Scope leafScope = leaf.enter(); Scope again = root.enter()) {
          log.span(Level.INFO, "child").start();
          assertSame(leaf, seen.get(2), "the child's parent is leaf, as in tracing-subscriber");
        }
      }
    });
  }

  /**
   * Many spans, each entered at once on several threads while a random one of them asks for the
   * close: every span must see as many exits as enters, the close exactly once and last.
   */
  @Test
  void underConcurrentEntersEveryEnterHasItsExitAndCloseComesLast() throws Exception {
    int spans = 5_000;
    int threads = 4;
    LifecycleSubscriber subscriber = new LifecycleSubscriber();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Span> all = new ArrayList<>();
    try {
      for (int i = 0; i < spans; i++) {
        Span span = started(subscriber, "shared");
        all.add(span);
        CyclicBarrier together = new CyclicBarrier(threads);
        int closer = ThreadLocalRandom.current().nextInt(threads);
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          boolean closes = t == closer;
          runs.add(CompletableFuture.runAsync(() -> {
            await(together);
            try (Scope scope = span.enter()) {
              if (closes) {
                span.close();
              }
            }
          }, pool));
        }
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdown();
    }
    List<String> broken = new ArrayList<>();
    for (Span span : all) {
      List<String> lifecycle = subscriber.of(span);
      long enters = lifecycle.stream().filter("enter"::equals).count();
      long exits = lifecycle.stream().filter("exit"::equals).count();
      boolean closedLastOnce = lifecycle.indexOf("close") == lifecycle.size() - 1
          && lifecycle.stream().filter("close"::equals).count() == 1;
      if (enters != exits || !closedLastOnce) {
        broken.add(span.id() + " " + lifecycle);
      }
    }
    assertEquals(List.of(), broken.subList(0, Math.min(5, broken.size())),
        broken.size() + " spans broke the lifecycle");
    assertFalse(all.isEmpty());
  }

  /** A span of {@code subscriber}, which it keeps for its whole life, wherever it is entered. */
  private static Span started(LifecycleSubscriber subscriber, String name) {
    try (DefaultGuard guard = Tracing.setDefault(subscriber)) {
      return log.span(Level.INFO, name).start();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
