package dev.tracing4j.spring.boot;

import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.internal.ExitShutdown;
import dev.tracing4j.runtime.registry.Registry;
import dev.tracing4j.runtime.spi.Subscriber;
import java.util.function.Supplier;

/**
 * The global subscriber that application contexts installed, shared by every context open at the
 * same time: the first installs it, the last to close shuts it down. A context started after
 * that installs a new one.
 */
final class SharedSubscriber {

  private static Subscriber installed; // guarded by SharedSubscriber.class
  private static int users; // guarded by SharedSubscriber.class

  private SharedSubscriber() {}

  /**
   * Joins the subscriber installed by an open context, or installs the one {@code create} makes.
   *
   * @param takeExitShutdown whether the context is closed by a shutdown hook of its own, so that
   *     tracing4j's exit hook should leave the shutdown to {@link #release()}
   * @return whether the caller holds the subscriber and must {@link #release()} it; false when
   *     {@code create} returned {@code null} (configured {@code none})
   */
  static synchronized boolean acquire(Supplier<Subscriber> create, boolean takeExitShutdown) {
    if (users > 0) {
      users++;
      return true;
    }
    Subscriber subscriber = create.get();
    if (subscriber == null) {
      return false;
    }
    if (takeExitShutdown) {
      takeExitShutdown(subscriber);
    }
    Tracing.setGlobalDefault(subscriber);
    installed = subscriber;
    users = 1;
    return true;
  }

  /**
   * Leaves the subscriber; the last user shuts it down (writing out what it buffered) and
   * installs one that records nothing, so that tracing after the close costs nothing.
   */
  static synchronized void release() {
    if (users == 0 || --users > 0) {
      return;
    }
    Subscriber closing = installed;
    installed = null;
    Tracing.setGlobalDefault(Registry.builder().build()); // shuts "closing" down
    giveBackExitShutdown(closing);
  }

  /** The subscriber the open contexts share, or {@code null}; for tests. */
  static synchronized Subscriber installed() {
    return installed;
  }

  private static void takeExitShutdown(Subscriber subscriber) {
    try {
      ExitShutdown.take(subscriber);
    } catch (IllegalAccessError notExportedToUs) {
      // tracing4j-core is a named module and this jar is not: its exit hook shuts down as usual.
    }
  }

  private static void giveBackExitShutdown(Subscriber subscriber) {
    try {
      ExitShutdown.giveBack(subscriber);
    } catch (IllegalAccessError notExportedToUs) {
      // as above
    }
  }
}
