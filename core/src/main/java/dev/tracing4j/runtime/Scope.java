package dev.tracing4j.runtime;

/**
 * A span entered on the current thread, exited when the scope closes. Use it with
 * try-with-resources so that enter and exit always pair up:
 *
 * <pre>{@code
 * try (Scope scope = span.enter()) {
 *   log.atInfo().log("inside the span");
 * }
 * }</pre>
 *
 * <p>Close a scope on the thread that opened it. Closing it twice does nothing. Closing it on
 * another thread is a mistake that is reported once on stderr: the subscriber sees the span
 * exited, but it stays current on the thread that entered it, whose spans only that thread
 * changes. To carry a span to another thread, use {@link Span#wrap(Runnable)} or {@link
 * Tracing#propagating(java.util.concurrent.Executor)}.
 */
public interface Scope extends AutoCloseable {

  /** Exits the span; never throws. */
  @Override
  void close();
}
