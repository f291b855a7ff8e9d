package dev.tracing4j.runtime;

import dev.tracing4j.runtime.spi.Subscriber;
import java.util.Objects;

/**
 * Installs subscribers: the configured one, one built in code, or one for the current thread only.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   Tracing.init();                 // the subscriber named by tracing4j.subscriber, fmt by default
 *   ...
 * }
 *
 * Tracing.setGlobalDefault(Registry.builder().with(FmtLayer.builder().build()).build());
 *
 * Tracing.withDefault(testSubscriber, () -> service.place(42));   // this thread, for tests
 * }</pre>
 *
 * <p>Without {@link #init()} or {@link #setGlobalDefault}, a subscriber named by the {@code
 * tracing4j.subscriber} system property or {@code TRACING4J_SUBSCRIBER} environment variable is
 * installed the first time anything is traced; with nothing configured nothing is recorded, at
 * the cost of one cached check per callsite.
 */
public final class Tracing {

  private Tracing() {}

  /**
   * Installs the configured subscriber as the global default, {@code fmt} when {@code
   * tracing4j.subscriber} is not set. Does nothing if a subscriber was already installed, by
   * configuration or in code.
   *
   * @throws dev.tracing4j.runtime.config.ConfigurationException naming the key, the value and the
   *     accepted forms when a configuration value is bad
   */
  public static void init() {
    Dispatcher.init();
  }

  /**
   * Makes {@code subscriber} the global default, replacing the current one (which is flushed).
   * The configured subscriber is then no longer installed automatically. It is shut down, and its
   * output flushed, when the JVM exits normally.
   */
  public static void setGlobalDefault(Subscriber subscriber) {
    Dispatcher.setGlobal(Objects.requireNonNull(subscriber, "subscriber"));
  }

  /** The global default subscriber; a subscriber that records nothing when none is installed. */
  public static Subscriber globalDefault() {
    return Dispatcher.global();
  }

  /**
   * Runs {@code task} with {@code subscriber} as the default of the current thread, then restores
   * the previous default. Meant for tests:
   *
   * <pre>{@code
   * RecordingSubscriber recorded = new RecordingSubscriber();
   * Tracing.withDefault(recorded, () -> service.place(42));
   * }</pre>
   */
  public static void withDefault(Subscriber subscriber, Runnable task) {
    try (DefaultGuard guard = setDefault(subscriber)) {
      task.run();
    }
  }

  /**
   * Makes {@code subscriber} the default of the current thread until the returned guard is closed
   * (on this thread).
   */
  public static DefaultGuard setDefault(Subscriber subscriber) {
    return Dispatcher.setScoped(Objects.requireNonNull(subscriber, "subscriber"));
  }

  /** Writes out what the current subscriber has buffered. */
  public static void flush() {
    Dispatcher.flushQuietly(Dispatcher.current());
  }
}
