package dev.tracing4j.runtime.async;

import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Callbacks that run inside the span that was current when they were created, entering it on
 * whatever thread runs them and exiting after, so its busy time counts only the real work. When
 * no span is current the callback is returned unchanged.
 */
final class InSpan {

  private InSpan() {}

  static Runnable runnable(Runnable action) {
    return Span.current().wrap(action);
  }

  static <T> Supplier<T> supplier(Supplier<T> action) {
    return Span.current().wrap(action);
  }

  static <T> Consumer<T> consumer(Consumer<T> action) {
    Span span = Span.current();
    if (span.isDisabled()) {
      return action;
    }
    return value -> {
      try (Scope scope = span.enter()) {
        action.accept(value);
      }
    };
  }

  static <T, U> BiConsumer<T, U> biConsumer(BiConsumer<T, U> action) {
    Span span = Span.current();
    if (span.isDisabled()) {
      return action;
    }
    return (first, second) -> {
      try (Scope scope = span.enter()) {
        action.accept(first, second);
      }
    };
  }

  static <T, R> Function<T, R> function(Function<T, R> action) {
    Span span = Span.current();
    if (span.isDisabled()) {
      return action;
    }
    return value -> {
      try (Scope scope = span.enter()) {
        return action.apply(value);
      }
    };
  }

  static <T, U, R> BiFunction<T, U, R> biFunction(BiFunction<T, U, R> action) {
    Span span = Span.current();
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
