package dev.tracing4j.runtime;

import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.spi.Interest;
import dev.tracing4j.runtime.spi.Metadata;
import dev.tracing4j.runtime.spi.Subscriber;
import java.util.ArrayList;
import java.util.List;

/**
 * Every callsite that has been used, so that their cached interest can be rebuilt when the set of
 * subscribers changes. Everything here is the cold path: it runs once per callsite and once per
 * subscriber change.
 */
final class CallsiteRegistry {

  private static final Object LOCK = new Object();
  private static final List<Callsite> CALLSITES = new ArrayList<>(); // guarded by LOCK

  private CallsiteRegistry() {}

  /** Registers {@code callsite} if it is not yet, and returns its cached interest. */
  static int register(Callsite callsite) {
    // The first callsite hit installs the configured subscriber, if any, before asking anyone.
    Dispatcher.installConfiguredOnce();
    synchronized (LOCK) {
      if (callsite.interest == Callsite.UNREGISTERED) {
        CALLSITES.add(callsite);
        callsite.interest = Callsite.encode(interestOf(callsite.metadata()));
      }
      return callsite.interest;
    }
  }

  /** For a callsite too short-lived to cache: asks the current subscriber directly. */
  static boolean isEnabledUncached(Metadata metadata) {
    Dispatcher.installConfiguredOnce();
    Subscriber subscriber = Dispatcher.current();
    try {
      return switch (subscriber.registerCallsite(metadata)) {
        case NEVER -> false;
        case ALWAYS -> true;
        case SOMETIMES -> subscriber.enabled(metadata, CurrentSpans.handleFor(subscriber));
      };
    } catch (Throwable failure) {
      FailureReporter.report("subscriber " + subscriber.getClass().getName()
          + " deciding whether " + metadata.name() + " is enabled", failure);
      return false;
    }
  }

  static void rebuild() {
    synchronized (LOCK) {
      for (Callsite callsite : CALLSITES) {
        callsite.interest = Callsite.encode(interestOf(callsite.metadata()));
      }
    }
  }

  /** Subscribers that disagree leave the callsite at "sometimes", so each is asked per call. */
  private static Interest interestOf(Metadata metadata) {
    Interest combined = null;
    for (Subscriber subscriber : Dispatcher.liveSubscribers()) {
      Interest interest;
      try {
        interest = subscriber.registerCallsite(metadata);
      } catch (Throwable failure) {
        FailureReporter.report("subscriber " + subscriber.getClass().getName()
            + " registering callsite " + metadata.name(), failure);
        interest = Interest.NEVER;
      }
      combined = combined == null ? interest : combined.and(interest);
    }
    return combined == null ? Interest.NEVER : combined;
  }
}
