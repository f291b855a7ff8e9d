package dev.tracing4j.runtime;

import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.spi.Subscriber;
import dev.tracing4j.runtime.spi.TracingImplementation;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The {@link TracingImplementation} on the class path (or module path), found once with {@link
 * ServiceLoader}, as SLF4J finds its provider. Without one, nothing is recorded, and asking for a
 * subscriber says so in one line on stderr instead of throwing: a library instrumented with
 * tracing4j must never break an application that did not add the runtime.
 */
final class Implementation {

  static final String SUBSCRIBER_KEY = "tracing4j.subscriber";
  private static final String MISSING = "no tracing4j implementation is on the class path: add"
      + " tracing4j-runtime (dev.tracing4j:tracing4j-runtime) to record spans and events; tracing"
      + " stays off";

  private Implementation() {}

  /** The subscriber configuration names, for the first callsite hit. */
  static Optional<Subscriber> configured() {
    TracingImplementation implementation = Holder.FOUND;
    if (implementation != null) {
      return implementation.configured();
    }
    String named = configuredName();
    if (named != null && !named.equals("none")) {
      System.err.println("tracing4j: " + SUBSCRIBER_KEY + " is \"" + named + "\", but " + MISSING);
    }
    return Optional.empty();
  }

  /** The subscriber {@code Tracing.init()} installs. */
  static Optional<Subscriber> configuredOrDefault() {
    TracingImplementation implementation = Holder.FOUND;
    if (implementation != null) {
      return implementation.configuredOrDefault();
    }
    if (!"none".equals(configuredName())) {
      System.err.println("tracing4j: Tracing.init() was called, but " + MISSING);
    }
    return Optional.empty();
  }

  /**
   * Says, once and loudly, that the configured subscriber could not be installed at the first
   * callsite, so nothing is traced: the traced method goes on, and so does the program. A bad
   * value is shown by its message alone, which names the key, the value and the accepted forms;
   * any other failure with its stack trace.
   */
  static void reportUnusableConfiguration(Throwable failure) {
    String lead = "ERROR: the configured subscriber cannot be installed, so nothing is traced in"
        + " this run";
    if (failure instanceof IllegalArgumentException) {
      FailureReporter.notice(lead + ":" + System.lineSeparator() + "  " + failure.getMessage());
    } else {
      FailureReporter.notice(lead + "; the failure follows");
      FailureReporter.report("creating the configured subscriber", failure);
    }
    FailureReporter.notice("the program goes on untraced: fix the setting (a program that calls"
        + " Tracing.init() at startup gets this as an exception there instead)");
  }

  /** {@code tracing4j.subscriber} as a system property, else {@code TRACING4J_SUBSCRIBER}. */
  private static String configuredName() {
    String value = System.getProperty(SUBSCRIBER_KEY);
    if (value == null || value.isBlank()) {
      value = System.getenv(SUBSCRIBER_KEY.replace('.', '_').toUpperCase(Locale.ROOT));
    }
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** Looked up on first use only: a program that never traces never scans the class path. */
  private static final class Holder {
    static final TracingImplementation FOUND = find();

    private static TracingImplementation find() {
      TracingImplementation found = first(ServiceLoader.load(TracingImplementation.class,
          TracingImplementation.class.getClassLoader()));
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      if (found == null && context != null) {
        found = first(ServiceLoader.load(TracingImplementation.class, context));
      }
      return found;
    }

    /** The first implementation that loads; one that fails to is reported and passed over. */
    private static TracingImplementation first(ServiceLoader<TracingImplementation> loader) {
      Iterator<TracingImplementation> candidates = loader.iterator();
      while (true) {
        try {
          return candidates.hasNext() ? candidates.next() : null;
        } catch (ServiceConfigurationError broken) {
          System.err.println("tracing4j: skipping a tracing4j implementation that cannot be"
              + " loaded: " + broken.getMessage());
        }
      }
    }
  }
}
