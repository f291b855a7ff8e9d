package dev.tracing4j.runtime.internal;

import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Work that runs inside a span: the span is entered on whatever thread runs it and exited after,
 * so its busy time counts only the work. The one implementation behind {@code Span.wrap}, the
 * executors of {@code Tracing.propagating} and {@code Tracing.instrumented}, and the callbacks of
 * {@code TracedFuture}. A disabled span gives the work back unchanged. Not an API: use those.
 */
public final class InSpan {

  private InSpan() {}

  /**
   * A task that runs inside {@code span}; when {@code closeWhenDone}, the task owns the span and
   * closes it when it ends, also when it throws (a task span of an instrumented executor).
   */
  public static final class Task implements Runnable {
    private final Span span;
    private final Runnable task;
    private final boolean closeWhenDone;

    private Task(Span span, Runnable task, boolean closeWhenDone) {
      this.span = span;
      this.task = task;
      this.closeWhenDone = closeWhenDone;
    }

    @Override
    public void run() {
      try (Scope scope = span.enter()) {
        task.run();
      } finally {
        if (closeWhenDone) {
          span.close();
        }
      }
    }

    /** The task as submitted, for one that never ran; closes the span the task owned. */
    public Runnable unstarted() {
      if (closeWhenDone) {
        span.close();
      }
      return task;
    }

    @Override
    public String toString() {
      return task.toString();
    }
  }

  /** {@code task}, run inside {@code span}. */
  public static Runnable runnable(Span span, Runnable task) {
    return span.isDisabled() ? task : new Task(span, task, false);
  }

  /** {@code task}, run inside {@code span}, which it closes when it ends. */
  public static Task owning(Span span, Runnable task) {
    return new Task(span, task, true);
  }

  /** The task as submitted, if {@code queued} is one of these tasks and never ran. */
  public static Runnable unstarted(Runnable queued) {
    return queued instanceof Task task ? task.unstarted() : queued;
  }

  public static <T> Callable<T> callable(Span span, Callable<T> task) {
    if (span.isDisabled()) {
      return task;
    }
    return () -> {
      try (Scope scope = span.enter()) {
        return task.call();
      }
    };
  }

  public static <T> Supplier<T> supplier(Span span, Supplier<T> action) {
    if (span.isDisabled()) {
      return action;
    }
    return () -> {
      try (Scope scope = span.enter()) {
        return action.get();
      }
    };
  }

  public static <T> Consumer<T> consumer(Span span, Consumer<T> action) {
    if (span.isDisabled()) {
      return action;
    }
    return value -> {
      try (Scope scope = span.enter()) {
        action.accept(value);
      }
    };
  }

  public static <T, U> BiConsumer<T, U> biConsumer(Span span, BiConsumer<T, U> action) {
    if (span.isDisabled()) {
      return action;
    }
    return (first, second) -> {
      try (Scope scope = span.enter()) {
        action.accept(first, second);
      }
    };
  }

  public static <T, R> Function<T, R> function(Span span, Function<T, R> action) {
    if (span.isDisabled()) {
      return action;
    }
    return value -> {
      try (Scope scope = span.enter()) {
        return action.apply(value);
      }
    };
  }

  public static <T, U, R> BiFunction<T, U, R> biFunction(Span span, BiFunction<T, U, R> action) {
    if (span.isDisabled()) {
      return action;
    }
    return (first, second) -> {
      try (Scope scope = span.enter()) {
        return action.apply(first, second);
      }
    };
  }
}
