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
 * <p>Close a scope on the thread that opened it. Closing it twice does nothing.
 */
public interface Scope extends AutoCloseable {

  /** Exits the span; never throws. */
  @Override
  void close();
}
