package dev.tracing4j.timeline;

import dev.tracing4j.runtime.DefaultGuard;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.spi.Subscriber;
import java.util.concurrent.ThreadFactory;

/**
 * Threads named as asked that record to one subscriber for their whole life, so a test's worker
 * threads trace to the test's registry without touching the global default.
 */
final class ScopedThreads implements ThreadFactory {
  private final Subscriber subscriber;
  private final String name;
  private int count;

  ScopedThreads(Subscriber subscriber, String name) {
    this.subscriber = subscriber;
    this.name = name;
  }

  @Override
  public synchronized Thread newThread(Runnable task) {
    Thread thread = new Thread(() -> {
      try (DefaultGuard guard = Tracing.setDefault(subscriber)) {
        task.run();
      }
    }, name + "-" + (++count));
    thread.setDaemon(true);
    return thread;
  }
}
