package dev.tracing4j.runtime;

import dev.tracing4j.runtime.spi.Subscriber;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The calls in flight into one installation of the global default subscriber, so that replacing
 * it, or shutting it down at exit, first waits for them: what a thread is already handing to the
 * subscriber is written before its files are closed.
 *
 * <p>A call counts itself in its thread's stripe, then checks that the installation is not
 * retired; {@link #retire} sets the flag, then waits until it has seen each stripe at zero. These
 * are volatile accesses, so either the call sees the flag (and counts itself out at once) or the
 * retiring thread sees the call's count and waits for it. Stripes keep threads from contending on
 * one counter.
 *
 * <p>Only the calls that record an event or start a span count themselves: those are what a
 * hand-over must not lose, and they already format and copy a record. Entering and exiting a span
 * stays as cheap as it was; a span outliving its subscriber writes nothing more to it anyway, and
 * a file's writer refuses (and counts) whatever arrives after its footer.
 */
final class InFlightCalls {

  private static final int STRIPES = 16; // a power of two
  /** Longs between two stripes: 128 bytes, so that no two share a cache line. */
  private static final int SPACING = 16;

  final Subscriber subscriber;
  private final AtomicLongArray counts = new AtomicLongArray(STRIPES * SPACING);
  private volatile boolean retired;

  InFlightCalls(Subscriber subscriber) {
    this.subscriber = subscriber;
  }

  /** Counts a call in; false, counting nothing, once the installation is retired. */
  boolean enter() {
    int stripe = stripe();
    counts.getAndIncrement(stripe);
    if (retired) {
      counts.getAndDecrement(stripe);
      return false;
    }
    return true;
  }

  /** Counts out a call that {@link #enter()} counted in, on the same thread. */
  void exit() {
    counts.getAndDecrement(stripe());
  }

  /**
   * Counts no call in from now on and waits for those counted to finish; false if some were still
   * running after {@code timeoutNanos}.
   */
  boolean retire(long timeoutNanos) {
    retired = true;
    long deadline = System.nanoTime() + timeoutNanos;
    for (int stripe = 0; stripe < STRIPES * SPACING; stripe += SPACING) {
      for (int spins = 0; counts.get(stripe) > 0; spins++) {
        if (System.nanoTime() - deadline > 0) {
          return false;
        }
        if (spins < 100) {
          Thread.onSpinWait();
        } else {
          LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(50));
        }
      }
    }
    return true;
  }

  private static int stripe() {
    return ((int) Thread.currentThread().getId() & (STRIPES - 1)) * SPACING;
  }
}
