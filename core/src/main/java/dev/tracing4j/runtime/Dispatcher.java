package dev.tracing4j.runtime;

import dev.tracing4j.runtime.internal.ExitShutdown;
import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.spi.Metadata;
import dev.tracing4j.runtime.spi.Subscriber;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Which subscriber receives what the current thread records: the thread's scoped default if it
 * has one, else the global default.
 *
 * <p>While no thread has a scoped default, {@link #current()} returns the global one after one
 * read of a counter, without touching the thread-local.
 *
 * <p>Handing over from one global default to the next loses no event: the events and new spans
 * in flight into the old one are written before it shuts down ({@link InFlightCalls}), and a
 * span or event built for it but recorded after it was replaced goes to its successor ({@link
 * #REPLACED}).
 */
final class Dispatcher {

  private static final ThreadLocal<Subscriber> SCOPED = new ThreadLocal<>();

  /**
   * What {@link #enter} returns for a call meant for a global default that was replaced since the
   * caller looked it up: a new span or event then goes to the current one instead.
   */
  static final InFlightCalls REPLACED = new InFlightCalls(NoSubscriber.INSTANCE);
  /** How long a replacement or the exit waits for the calls in flight into the old subscriber. */
  private static final long DRAIN_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(2);
  private static final int REPLACED_REMEMBERED = 4;
  /** One replacement at a time, each waiting for its own predecessor's calls. */
  private static final Object HANDOVER = new Object();

  private static volatile Subscriber global = NoSubscriber.INSTANCE;
  private static volatile InFlightCalls globalCalls = new InFlightCalls(NoSubscriber.INSTANCE);
  /** The last few global defaults replaced, newest first; replaced, never mutated. */
  private static volatile InFlightCalls[] replaced = {};
  private static volatile int activeScopes;
  /** The global default and every scoped one, for callsite registration; replaced, never mutated. */
  private static volatile List<Subscriber> live = List.of();
  private static volatile boolean configured;
  private static boolean installing; // guarded by Dispatcher.class

  // Guarded by Dispatcher.class.
  private static final Map<Subscriber, Integer> SCOPED_COUNTS = new IdentityHashMap<>();
  private static boolean shutdownHookInstalled;

  private Dispatcher() {}

  static Subscriber current() {
    if (activeScopes == 0) {
      return global;
    }
    Subscriber scoped = SCOPED.get();
    return scoped != null ? scoped : global;
  }

  static Subscriber global() {
    return global;
  }

  static List<Subscriber> liveSubscribers() {
    return live;
  }

  /**
   * Installs the subscriber named by configuration ({@code tracing4j.subscriber}) the first time
   * any callsite is used, unless one was installed in code first. Other threads that use a
   * callsite meanwhile wait until the subscriber is installed, so nothing they record is lost;
   * the installing thread itself passes through (a provider may trace while it is created).
   *
   * <p>Never throws: this runs inside whatever traced method happens to come first, which must
   * run as written. A bad configuration value is reported once on stderr, and nothing is
   * installed; {@link #init()} throws it instead.
   */
  static void installConfiguredOnce() {
    if (configured) {
      return;
    }
    synchronized (Dispatcher.class) {
      if (configured || installing) {
        return;
      }
      installing = true;
      try {
        Implementation.configured().ifPresent(Dispatcher::installGlobal);
      } catch (Throwable failure) {
        FailureReporter.rethrowIfFatal(failure);
        Implementation.reportUnusableConfiguration(failure);
      } finally {
        installing = false;
        configured = true;
      }
    }
    CallsiteRegistry.rebuild();
  }

  /**
   * {@code Tracing.init()}: install the configured subscriber, {@code fmt} when none is named.
   * As above, other threads wait for the installation rather than record into nothing.
   */
  static void init() {
    synchronized (Dispatcher.class) {
      if (installing || configured && global != NoSubscriber.INSTANCE) {
        return;
      }
      installing = true;
      try {
        installGlobal(Implementation.configuredOrDefault().orElse(NoSubscriber.INSTANCE));
      } finally {
        installing = false;
        configured = true;
      }
    }
    CallsiteRegistry.rebuild();
  }

  /**
   * Replaces the global default. The one replaced is shut down, so that its files are complete
   * (a chrome trace gets its closing bracket), once the events in flight into it are recorded;
   * unless a thread still has it as its scoped default: then it is only flushed.
   */
  static void setGlobal(Subscriber subscriber) {
    Subscriber next = orNone(subscriber);
    synchronized (HANDOVER) {
      Subscriber previous;
      InFlightCalls previousCalls;
      boolean stillScoped;
      synchronized (Dispatcher.class) {
        configured = true;
        previous = global;
        previousCalls = globalCalls;
        installGlobal(next);
        stillScoped = SCOPED_COUNTS.containsKey(previous);
        if (previous != next && !stillScoped && previous != NoSubscriber.INSTANCE) {
          remember(previousCalls);
        }
      }
      CallsiteRegistry.rebuild();
      if (previous == next) {
        return;
      }
      if (stillScoped) {
        flushQuietly(previous);
      } else {
        drain(previousCalls, "on being replaced");
        shutdownQuietly(previous, "on being replaced");
      }
    }
  }

  /**
   * Counts a call that records an event or starts a span in {@code subscriber} in, if it is (or
   * was until just now) the global default; pass what it returns to {@link #exit} when the call
   * is done. Returns {@link
   * #REPLACED} when that global default was replaced, and null for a subscriber that is not
   * tracked: a thread's scoped default, or the global one once it is shutting down at exit.
   */
  static InFlightCalls enter(Subscriber subscriber) {
    InFlightCalls calls = globalCalls;
    if (calls.subscriber == subscriber) {
      if (calls.enter()) {
        return calls;
      }
      return globalCalls != calls ? REPLACED : null;
    }
    for (InFlightCalls old : replaced) {
      if (old.subscriber == subscriber) {
        return old.enter() ? old : REPLACED;
      }
    }
    return null;
  }

  /** Counts out a call that {@link #enter} counted in. */
  static void exit(InFlightCalls calls) {
    if (calls != null && calls != REPLACED) {
      calls.exit();
    }
  }

  /**
   * Whether {@code subscriber} wants a span or event built for another (a global default replaced
   * meanwhile): callsites cached the interest of the one they were built for.
   */
  static boolean wants(Subscriber subscriber, Metadata metadata, CurrentSpans.Stack stack) {
    try {
      return subscriber.enabled(metadata, stack.handleFor(subscriber));
    } catch (Throwable failure) {
      FailureReporter.report("subscriber " + subscriber.getClass().getName()
          + " deciding whether " + metadata.name() + " is enabled", failure);
      return false;
    }
  }

  private static void remember(InFlightCalls calls) {
    InFlightCalls[] before = replaced;
    InFlightCalls[] after = new InFlightCalls[Math.min(before.length + 1, REPLACED_REMEMBERED)];
    after[0] = calls;
    System.arraycopy(before, 0, after, 1, after.length - 1);
    replaced = after;
  }

  private static void drain(InFlightCalls calls, String when) {
    if (!calls.retire(DRAIN_TIMEOUT_NANOS)) {
      FailureReporter.notice("subscriber " + calls.subscriber.getClass().getName() + " still had"
          + " calls running " + TimeUnit.NANOSECONDS.toSeconds(DRAIN_TIMEOUT_NANOS) + " s after"
          + " it was to shut down " + when + "; it shuts down now, and what they write is refused");
    }
  }

  /** Makes {@code subscriber} the current thread's default until the returned guard closes. */
  static DefaultGuard setScoped(Subscriber subscriber) {
    Subscriber previous = SCOPED.get();
    SCOPED.set(subscriber);
    synchronized (Dispatcher.class) {
      SCOPED_COUNTS.merge(subscriber, 1, Integer::sum);
      activeScopes++;
      refreshLive();
    }
    CallsiteRegistry.rebuild();
    return new DefaultGuard(Thread.currentThread(), () -> {
      SCOPED.set(previous);
      synchronized (Dispatcher.class) {
        SCOPED_COUNTS.computeIfPresent(subscriber, (s, count) -> count == 1 ? null : count - 1);
        activeScopes--;
        refreshLive();
      }
      CallsiteRegistry.rebuild();
    });
  }

  private static Subscriber orNone(Subscriber subscriber) {
    return subscriber == null ? NoSubscriber.INSTANCE : subscriber;
  }

  private static void installGlobal(Subscriber subscriber) {
    if (subscriber != global) {
      // A thread that sees the new global default must find its counter: publish that first.
      globalCalls = new InFlightCalls(subscriber);
      global = subscriber;
    }
    refreshLive();
    if (subscriber != NoSubscriber.INSTANCE && !shutdownHookInstalled) {
      shutdownHookInstalled = true;
      Runtime.getRuntime().addShutdownHook(
          new Thread(Dispatcher::shutdownGlobal, "tracing4j-shutdown"));
    }
  }

  private static void refreshLive() {
    List<Subscriber> subscribers = new ArrayList<>();
    if (global != NoSubscriber.INSTANCE) {
      subscribers.add(global);
    }
    subscribers.addAll(SCOPED_COUNTS.keySet());
    live = List.copyOf(subscribers);
  }

  /**
   * Buffered output must reach its destination when the JVM exits normally, with what threads
   * still running are handing to the subscriber at that moment. The subscriber stays installed:
   * what the program records later still reaches stderr and stdout, and a file refuses it. A
   * subscriber whose exit shutdown a framework took over (its own shutdown hook closes the
   * application meanwhile) is only flushed here: the framework shuts it down once the
   * application has closed.
   */
  private static void shutdownGlobal() {
    synchronized (HANDOVER) {
      InFlightCalls calls = globalCalls;
      drain(calls, "at exit");
      if (ExitShutdown.isTaken(calls.subscriber)) {
        flushQuietly(calls.subscriber);
      } else {
        shutdownQuietly(calls.subscriber, "at exit");
      }
    }
  }

  private static void shutdownQuietly(Subscriber subscriber, String when) {
    try {
      subscriber.shutdown();
    } catch (Throwable failure) {
      FailureReporter.report("subscriber " + subscriber.getClass().getName() + " " + when, failure);
    }
  }

  static void flushQuietly(Subscriber subscriber) {
    try {
      subscriber.flush();
    } catch (Throwable failure) {
      FailureReporter.report("subscriber " + subscriber.getClass().getName() + " flushing", failure);
    }
  }
}
