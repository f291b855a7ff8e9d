package dev.tracing4j.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers the threads seen, in the order they were first seen, and keeps each one's name as it
 * was then. The number of the current thread is one thread-local read after its first lookup.
 */
final class ThreadNames {
  private final List<String> names = new ArrayList<>(); // guarded by this
  private final ThreadLocal<Integer> current = ThreadLocal.withInitial(this::register);

  int current() {
    return current.get();
  }

  @SuppressWarnings("deprecation") // Thread.threadId() is Java 19; getId() is the same number
  private synchronized Integer register() {
    Thread thread = Thread.currentThread();
    String name = thread.getName().isEmpty() ? "thread-" + thread.getId() : thread.getName();
    names.add(name);
    return names.size() - 1;
  }

  synchronized List<String> names() {
    return List.copyOf(names);
  }
}
