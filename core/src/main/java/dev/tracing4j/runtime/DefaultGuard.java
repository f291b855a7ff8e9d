package dev.tracing4j.runtime;

/**
 * Restores the previous default subscriber of a thread when closed. Close it on the thread that
 * installed it, best with try-with-resources.
 *
 * <pre>{@code
 * try (DefaultGuard guard = Tracing.setDefault(testSubscriber)) {
 *   service.place(42);
 * }
 * }</pre>
 */
public final class DefaultGuard implements AutoCloseable {
  private final Thread owner;
  private Runnable restore;

  DefaultGuard(Thread owner, Runnable restore) {
    this.owner = owner;
    this.restore = restore;
  }

  /**
   * Restores the previous default; closing twice does nothing.
   *
   * @throws IllegalStateException when called on another thread than the one that installed it
   */
  @Override
  public void close() {
    if (Thread.currentThread() != owner) {
      throw new IllegalStateException("a default subscriber installed on thread '"
          + owner.getName() + "' must be restored on that thread, not on '"
          + Thread.currentThread().getName() + "'");
    }
    Runnable action = restore;
    restore = null;
    if (action != null) {
      action.run();
    }
  }
}
