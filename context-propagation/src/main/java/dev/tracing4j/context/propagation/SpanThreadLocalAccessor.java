package dev.tracing4j.context.propagation;

import dev.tracing4j.runtime.Span;
import io.micrometer.context.ThreadLocalAccessor;

/**
 * Carries the current tracing4j span through Micrometer's context propagation, under the key
 * {@value #KEY}. It is registered through {@link java.util.ServiceLoader}, so Reactor, Spring and
 * Micronaut find it as soon as this jar is on the class path:
 *
 * <pre>{@code
 * Hooks.enableAutomaticContextPropagation();      // once, at start-up
 *
 * try (Scope scope = request.enter()) {
 *   Flux.range(1, 10)
 *       .publishOn(Schedulers.parallel())
 *       .map(this::price)                         // runs inside "request", on a parallel thread
 *       .blockLast();
 * }
 * }</pre>
 *
 * <p>Setting a value enters the span on the current thread, and restoring exits it, so each time
 * a pipeline's work resumes on a thread counts as busy time of the span, and the time between as
 * idle. Scopes must be restored on the thread that set them, innermost first, as {@code
 * ContextSnapshot} and Reactor do.
 */
public final class SpanThreadLocalAccessor implements ThreadLocalAccessor<Span> {

  /** The key under which the current span travels in a {@code ContextSnapshot}. */
  public static final String KEY = "tracing4j.span";

  /** For {@link java.util.ServiceLoader}; {@code ContextRegistry.getInstance()} creates it. */
  public SpanThreadLocalAccessor() {}

  @Override
  public Object key() {
    return KEY;
  }

  /** The innermost span entered on this thread, or {@code null} when none is. */
  @Override
  public Span getValue() {
    Span current = Span.current();
    return current.isDisabled() ? null : current;
  }

  /** Enters {@code span} on this thread until the matching {@link #restore(Span)}. */
  @Override
  public void setValue(Span span) {
    OpenedScopes.push(span.isDisabled() ? Span.clearCurrent() : span.enter());
  }

  /** Makes no span current on this thread until the matching {@link #restore()}. */
  @Override
  public void setValue() {
    OpenedScopes.push(Span.clearCurrent());
  }

  /** Exits what the matching {@code setValue} entered; {@code previous} is current again. */
  @Override
  public void restore(Span previous) {
    OpenedScopes.closeInnermost();
  }

  /** Exits what the matching {@code setValue} entered; no span is current again. */
  @Override
  public void restore() {
    OpenedScopes.closeInnermost();
  }

  /**
   * Exits every span this accessor entered on the thread, innermost first, and leaves no span
   * current: a span entered outside the accessor is hidden until the next {@code restore()}.
   */
  @Override
  public void reset() {
    OpenedScopes.closeAll();
    if (getValue() != null) {
      OpenedScopes.push(Span.clearCurrent());
    }
  }
}
