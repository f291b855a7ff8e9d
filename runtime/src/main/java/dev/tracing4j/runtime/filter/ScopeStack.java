package dev.tracing4j.runtime.filter;

import dev.tracing4j.Level;
import java.util.Arrays;

/**
 * The spans one thread is inside that some span directive could match, innermost last: Rust's
 * span scope. Only its own thread touches it, so it needs no lock; pushing grows an array only
 * when a thread nests deeper than ever before.
 */
final class ScopeStack {

  private SpanMatch[] entered = new SpanMatch[4];
  private int size;

  void push(SpanMatch span) {
    if (size == entered.length) {
      entered = Arrays.copyOf(entered, size * 2);
    }
    entered[size++] = span;
  }

  /** Removes the innermost entry of {@code span}: exits need not come in the order of enters. */
  void remove(SpanMatch span) {
    for (int i = size - 1; i >= 0; i--) {
      if (entered[i] == span) {
        System.arraycopy(entered, i + 1, entered, i, size - i - 1);
        entered[--size] = null;
        return;
      }
    }
  }

  /** Whether a span this thread is inside enables {@code level}. */
  boolean enables(Level level) {
    for (int i = size - 1; i >= 0; i--) {
      if (entered[i].enables(level)) {
        return true;
      }
    }
    return false;
  }
}
