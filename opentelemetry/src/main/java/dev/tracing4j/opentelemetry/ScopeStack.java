package dev.tracing4j.opentelemetry;

import dev.tracing4j.runtime.registry.SpanData;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Arrays;

/**
 * The OpenTelemetry scopes one thread opened for the tracing4j spans it entered, innermost last.
 * OpenTelemetry requires scopes to close in the reverse order of opening, on their thread; tracing4j
 * lets a thread exit its spans in any order, so an exit out of order closes the scopes above the
 * span's, closes its own, and opens those above again.
 */
final class ScopeStack {

  private SpanData[] spans = new SpanData[8];
  private Context[] contexts = new Context[8];
  private Scope[] scopes = new Scope[8];
  private int size;

  /** Makes {@code context} current for {@code span} until {@link #exit} of the same span. */
  void enter(SpanData span, Context context) {
    if (size == spans.length) {
      spans = Arrays.copyOf(spans, size * 2);
      contexts = Arrays.copyOf(contexts, size * 2);
      scopes = Arrays.copyOf(scopes, size * 2);
    }
    spans[size] = span;
    contexts[size] = context;
    scopes[size] = context.makeCurrent();
    size++;
  }

  /** Closes the scope of the innermost entry of {@code span}; nothing if this thread has none. */
  void exit(SpanData span) {
    int at = size - 1;
    while (at >= 0 && spans[at] != span) {
      at--;
    }
    if (at < 0) {
      return; // exited on a thread that did not enter it: its scope stays with that thread
    }
    for (int i = size - 1; i > at; i--) {
      scopes[i].close();
    }
    scopes[at].close();
    for (int i = at + 1; i < size; i++) {
      scopes[i] = contexts[i].makeCurrent();
    }
    System.arraycopy(spans, at + 1, spans, at, size - at - 1);
    System.arraycopy(contexts, at + 1, contexts, at, size - at - 1);
    System.arraycopy(scopes, at + 1, scopes, at, size - at - 1);
    size--;
    spans[size] = null;
    contexts[size] = null;
    scopes[size] = null;
  }

  int size() {
    return size;
  }
}
