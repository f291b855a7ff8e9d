package dev.tracing4j.runtime;

import dev.tracing4j.runtime.spi.SpanHandle;
import dev.tracing4j.runtime.spi.Subscriber;
import java.util.Arrays;

/** The spans entered on each thread, innermost last. */
final class CurrentSpans {

  private static final ThreadLocal<Stack> STACKS = new ThreadLocal<>();
  /**
   * A stack entry that hides every span below it, pushed by {@link Span#clearCurrent()}: lookups
   * stop there, so nothing is current and new spans are roots until it is removed.
   */
  static final Span BARRIER = new Span(null, null, null, null);

  private CurrentSpans() {}

  /** A thread's entered spans, innermost last; only its own thread touches it. */
  static final class Stack {
    final Thread owner = Thread.currentThread();
    private Span[] spans = new Span[8];
    /**
     * Whether the entry at the same index re-enters a span already entered lower in the stack. As
     * in tracing-subscriber's span stack, such an entry is skipped when looking for the current
     * span: re-entering {@code root} inside {@code leaf} leaves {@code leaf} current.
     */
    private boolean[] duplicate = new boolean[8];
    private int size;
    /** The thread's reusable event field list, kept here so one thread-local lookup finds both. */
    final EventFieldLender eventFields = new EventFieldLender();

    void push(Span span) {
      if (size == spans.length) {
        spans = Arrays.copyOf(spans, size * 2);
        duplicate = Arrays.copyOf(duplicate, size * 2);
      }
      duplicate[size] = contains(span);
      spans[size++] = span;
    }

    private boolean contains(Span span) {
      for (int i = size - 1; i >= 0 && spans[i] != BARRIER; i--) {
        if (spans[i] == span) {
          return true;
        }
      }
      return false;
    }

    /**
     * Removes the innermost entry of {@code span}, wherever it is (scopes may close out of order).
     * When a span is on the stack twice the innermost entry is the duplicate, so what stays keeps
     * the first entry as the one that counts.
     */
    void remove(Span span) {
      for (int i = size - 1; i >= 0; i--) {
        if (spans[i] == span) {
          System.arraycopy(spans, i + 1, spans, i, size - i - 1);
          System.arraycopy(duplicate, i + 1, duplicate, i, size - i - 1);
          spans[--size] = null;
          return;
        }
      }
    }

    Span top() {
      for (int i = size - 1; i >= 0 && spans[i] != BARRIER; i--) {
        if (!duplicate[i]) {
          return spans[i];
        }
      }
      return null;
    }

    /** The handle of the innermost span of {@code subscriber}, or null. */
    SpanHandle handleFor(Subscriber subscriber) {
      Span span = topFor(subscriber);
      return span == null ? null : span.handle();
    }

    Span topFor(Subscriber subscriber) {
      for (int i = size - 1; i >= 0 && spans[i] != BARRIER; i--) {
        if (!duplicate[i] && spans[i].subscriber() == subscriber) {
          return spans[i];
        }
      }
      return null;
    }

    int size() {
      return size;
    }
  }

  static Stack stack() {
    Stack stack = STACKS.get();
    if (stack == null) {
      stack = new Stack();
      STACKS.set(stack);
    }
    return stack;
  }

  /** The innermost span entered on this thread, or {@link Span#none()}. */
  static Span current() {
    Stack stack = STACKS.get();
    Span top = stack == null ? null : stack.top();
    return top == null ? Span.none() : top;
  }

  /** The innermost span of {@code subscriber} entered on this thread, or {@code null}. */
  static Span currentFor(Subscriber subscriber) {
    Stack stack = STACKS.get();
    return stack == null ? null : stack.topFor(subscriber);
  }

  /** The handle of the innermost span of {@code subscriber} on this thread, or {@code null}. */
  static SpanHandle handleFor(Subscriber subscriber) {
    Span span = currentFor(subscriber);
    return span == null ? null : span.handle();
  }

  /** How many spans this thread has entered and not exited; for tests of pooled threads. */
  static int depth() {
    Stack stack = STACKS.get();
    return stack == null ? 0 : stack.size();
  }
}
