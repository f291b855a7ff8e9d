package dev.tracing4j.runtime.internal;

import dev.tracing4j.runtime.spi.Subscriber;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Subscribers whose shutdown at JVM exit a framework integration has taken over, because the
 * framework closes its application in a shutdown hook of its own that runs at the same time as
 * tracing4j's. For those, tracing4j's hook only flushes: shutting them down there would lose what
 * the application traces while it closes (a bean's destroy method, say). The integration shuts
 * the subscriber down once its application has closed, then {@linkplain #giveBack gives it back}.
 */
public final class ExitShutdown {

  private static final Set<Subscriber> TAKEN =
      Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

  private ExitShutdown() {}

  /** From now on, tracing4j's exit hook only flushes {@code subscriber}. */
  public static void take(Subscriber subscriber) {
    TAKEN.add(subscriber);
  }

  /** tracing4j's exit hook shuts {@code subscriber} down again. */
  public static void giveBack(Subscriber subscriber) {
    TAKEN.remove(subscriber);
  }

  /** Whether an integration shuts {@code subscriber} down at exit. */
  public static boolean isTaken(Subscriber subscriber) {
    return TAKEN.contains(subscriber);
  }
}
