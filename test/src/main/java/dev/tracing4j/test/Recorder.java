package dev.tracing4j.test;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.DefaultGuard;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.registry.Registry;
import dev.tracing4j.runtime.spi.Subscriber;

/**
 * The one recording subscriber of the process. While any test uses the extension it is the global
 * default, so that it receives what every thread traces; its {@link RoutingLayer} gives each span
 * and event to the test that owns it. When the last such test ends, the global default that was
 * installed before comes back.
 *
 * <p>{@code Tracing.withDefault} would not do: it holds for one thread, and work that a test hands
 * to a pool reports to the pool thread's subscriber.
 */
final class Recorder {

  static final Recorder INSTANCE = new Recorder();

  private final ThreadLocal<TestRecording> threadOwners = new ThreadLocal<>();
  private final Registry registry =
      Registry.builder().with(new RoutingLayer(threadOwners::get)).build();
  // Guarded by this.
  private int activeTests;
  private Subscriber previous;

  private Recorder() {}

  /** A new, empty recording for a test about to start. */
  TestRecording newRecording() {
    return new TestRecording(this::replacement);
  }

  /** A test starts: the recorder is installed for it, if it is not already. */
  synchronized void acquire() {
    activeTests++;
    if (Tracing.globalDefault() != registry) {
      install();
    }
  }

  /** A test ended: with none left, the previous global default is reinstalled. */
  synchronized void release() {
    if (--activeTests > 0) {
      return;
    }
    Subscriber before = previous;
    previous = null;
    if (before == null) {
      return;
    }
    if (Tracing.globalDefault() == registry) {
      Tracing.setGlobalDefault(before);
    } else {
      // A test installed a global default of its own, which replaced the recorder: the one from
      // before would have been shut down by that replacement, had the recorder not stood between.
      shutDownQuietly(before);
    }
  }

  /**
   * Makes the calling thread the test's, until {@link #restore}; returns the test the thread ran
   * before, usually none.
   */
  TestRecording claim(TestRecording recording) {
    TestRecording before = threadOwners.get();
    threadOwners.set(recording);
    return before;
  }

  void restore(TestRecording before) {
    if (before == null) {
      threadOwners.remove();
    } else {
      threadOwners.set(before);
    }
  }

  private void install() {
    // The first callsite would install the configured subscriber (tracing4j.subscriber); let it,
    // so that what comes back after the tests is what the configuration asked for.
    try {
      Tracer.of(TracingExtension.class).isEnabled(Level.ERROR);
    } catch (RuntimeException badConfiguration) {
      // reported by the configuration itself; the tests still record
    }
    Subscriber replaced = Tracing.globalDefault();
    if (replaced == registry) {
      return;
    }
    // A subscriber that a thread uses as its scoped default is not shut down when replaced as
    // the global one, only flushed: this keeps the previous one alive to be reinstalled.
    try (DefaultGuard keepAlive = Tracing.setDefault(replaced)) {
      Tracing.setGlobalDefault(registry);
    }
    if (previous == null) {
      previous = replaced;
    }
  }

  private static void shutDownQuietly(Subscriber subscriber) {
    try {
      subscriber.shutdown();
    } catch (RuntimeException failure) {
      System.err.println("tracing4j-test: shutting down " + subscriber + " failed: " + failure);
    }
  }

  /** What replaced the recorder as global default while tests run, or {@code null}. */
  private String replacement() {
    Subscriber installed = Tracing.globalDefault();
    return installed == registry ? null : String.valueOf(installed);
  }
}
