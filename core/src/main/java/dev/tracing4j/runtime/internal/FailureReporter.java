package dev.tracing4j.runtime.internal;

import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports a failure of tracing itself (a subscriber that throws, a field whose {@code toString()}
 * throws or overflows the stack) once on stderr, so that the instrumented program goes on and its
 * output is not flooded.
 *
 * <p>"Once" means once per place and exception class: a layer that throws the same exception on
 * every event is reported on the first.
 */
public final class FailureReporter {

  /** A stack overflow repeats the same few frames: the top of the recursion is what tells it. */
  private static final int OVERFLOW_FRAMES_SHOWN = 8;

  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
  private static volatile PrintStream out = System.err;

  private FailureReporter() {}

  /**
   * Reports {@code failure} unless the same kind of failure was already reported at {@code where};
   * rethrows it if it is {@linkplain #rethrowIfFatal fatal}.
   *
   * @param where what tracing4j was doing, e.g. {@code "the fmt layer while recording an event"}
   */
  public static void report(String where, Throwable failure) {
    rethrowIfFatal(failure);
    String kind = where + '\u0000' + failure.getClass().getName();
    if (!REPORTED.add(kind)) {
      return;
    }
    PrintStream stream = out;
    try {
      synchronized (stream) {
        stream.println("tracing4j: " + where + " failed; the program goes on and further failures"
            + " of this kind are not reported:");
        printTrace(stream, failure);
      }
    } catch (RuntimeException | StackOverflowError unprintable) {
      // The failure's own toString() or getMessage() threw, or recursed: its class is what is left.
      stream.println("\t" + failure.getClass().getName() + " (printing it threw "
          + unprintable.getClass().getName() + ")");
    }
  }

  /**
   * Says {@code message} on stderr after {@code "tracing4j: "}: for what tracing4j did on purpose
   * and the user must hear of, such as records refused by a closed output. The caller makes sure
   * it is said once.
   */
  public static void notice(String message) {
    out.println("tracing4j: " + message);
  }

  private static void printTrace(PrintStream stream, Throwable failure) {
    if (!(failure instanceof StackOverflowError)) {
      failure.printStackTrace(stream);
      return;
    }
    StackTraceElement[] frames = failure.getStackTrace();
    int shown = Math.min(frames.length, OVERFLOW_FRAMES_SHOWN);
    stream.println(failure);
    for (int i = 0; i < shown; i++) {
      stream.println("\tat " + frames[i]);
    }
    if (frames.length > shown) {
      stream.println("\t... " + (frames.length - shown) + " more frames");
    }
  }

  /**
   * Rethrows the errors that are not tracing's to swallow: every {@link VirtualMachineError}
   * ({@code OutOfMemoryError}, {@code InternalError}, {@code UnknownError}) but {@link
   * StackOverflowError}. An out-of-memory or broken JVM concerns the whole program. A stack
   * overflow that tracing catches was thrown by what tracing called (mostly a value's {@code
   * toString()} that recurses), and by the time it is caught the stack has unwound to tracing's
   * frame: the program's own frames are intact, so it goes on with a placeholder for the value.
   */
  public static void rethrowIfFatal(Throwable failure) {
    if (failure instanceof VirtualMachineError error && !(error instanceof StackOverflowError)) {
      throw error;
    }
  }

  /** Redirects reports, for tests; returns the previous stream. */
  public static PrintStream redirect(PrintStream stream) {
    PrintStream previous = out;
    out = stream;
    REPORTED.clear();
    return previous;
  }
}
