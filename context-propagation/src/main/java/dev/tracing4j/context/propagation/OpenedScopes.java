package dev.tracing4j.context.propagation;

import dev.tracing4j.runtime.Scope;
import java.util.ArrayDeque;

/**
 * The scopes the accessor opened on each thread, innermost last. A {@code ThreadLocalAccessor}
 * gets no handle back from {@code setValue}, so the scope to close on {@code restore} is kept
 * here; scopes are closed on the thread that opened them, as {@link Scope} requires.
 */
final class OpenedScopes {

  private static final ThreadLocal<ArrayDeque<Scope>> OPENED =
      ThreadLocal.withInitial(ArrayDeque::new);

  private OpenedScopes() {}

  static void push(Scope scope) {
    OPENED.get().push(scope);
  }

  /**
   * Closes the scope opened last on this thread. A restore without a matching set (nothing was
   * opened here) changes nothing: the spans current on the thread are someone else's to exit.
   */
  static void closeInnermost() {
    Scope innermost = OPENED.get().poll();
    if (innermost != null) {
      innermost.close();
    }
  }

  static void closeAll() {
    ArrayDeque<Scope> opened = OPENED.get();
    for (Scope scope = opened.poll(); scope != null; scope = opened.poll()) {
      scope.close();
    }
  }

  /** How many scopes are open on this thread; for tests. */
  static int depth() {
    return OPENED.get().size();
  }
}
