package dev.tracing4j.runtime.internal;

import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports a failure of tracing itself (a subscriber that throws, a field whose {@code toString()}
 * throws) once on stderr, so that the instrumented program goes on and its output is not flooded.
 *
 * <p>"Once" means once per place and exception class: a layer that throws the same exception on
 * every event is reported on the first.
 */
public final class FailureReporter {

  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
  private static volatile PrintStream out = System.err;

  private FailureReporter() {}

  /**
   * Reports {@code failure} unless the same kind of failure was already reported at {@code where}.
   *
   * @param where what tracing4j was doing, e.g. {@code "the fmt layer while recording an event"}
   */
  public static void report(String where, Throwable failure) {
    rethrowIfFatal(failure);
    if (!REPORTED.add(where + '\u0000' + failure.getClass().getName())) {
      return;
    }
    PrintStream stream = out;
    synchronized (stream) {
      stream.println("tracing4j: " + where + " failed; the program goes on and further failures"
          + " of this kind are not reported:");
      failure.printStackTrace(stream);
    }
  }

  /** Errors that the JVM cannot recover from are not tracing's to swallow. */
  public static void rethrowIfFatal(Throwable failure) {
    if (failure instanceof VirtualMachineError error) {
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
