package dev.tracing4j.runtime;

import dev.tracing4j.runtime.internal.ExitShutdown;
import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.spi.Subscriber;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which subscriber receives what the current thread records: the thread's scoped default if it
 * has one, else the global default.
 *
 * <p>While no thread has a scoped default, {@link #current()} returns the global one after one
 * read of a counter, without touching the thread-local.
 */
final class Dispatcher {

  private static final ThreadLocal<Subscriber> SCOPED = new ThreadLocal<>();

  private static volatile Subscriber global = NoSubscriber.INSTANCE;
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
   * @throws IllegalArgumentException for a bad configuration value (the implementation's
   *     {@code ConfigurationException}); thrown once, after which tracing stays off
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
   * (a chrome trace gets its closing bracket), unless a thread still has it as its scoped
   * default; then it is only flushed.
   */
  static void setGlobal(Subscriber subscriber) {
    subscriber = orNone(subscriber);
    Subscriber previous;
    boolean stillScoped;
    synchronized (Dispatcher.class) {
      configured = true;
      previous = global;
      installGlobal(subscriber);
      stillScoped = SCOPED_COUNTS.containsKey(previous);
    }
    CallsiteRegistry.rebuild();
    if (previous == subscriber) {
      return;
    }
    if (stillScoped) {
      flushQuietly(previous);
    } else {
      shutdownQuietly(previous, "on being replaced");
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
    global = subscriber;
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
   * Buffered output must reach its destination when the JVM exits normally. A subscriber whose
   * exit shutdown a framework took over (its own shutdown hook closes the application, meanwhile)
   * is only flushed here: the framework shuts it down once the application has closed.
   */
  private static void shutdownGlobal() {
    Subscriber subscriber = global;
    if (ExitShutdown.isTaken(subscriber)) {
      flushQuietly(subscriber);
    } else {
      shutdownQuietly(subscriber, "at exit");
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
