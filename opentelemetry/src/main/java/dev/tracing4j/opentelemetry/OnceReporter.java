package dev.tracing4j.opentelemetry;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports a misuse once per kind on stderr and lets the program go on: tracing never throws into
 * the traced program.
 */
final class OnceReporter {

  private static final int MAX_KINDS = 100;
  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

  private OnceReporter() {}

  /** Prints {@code message} the first time {@code kind} is reported. */
  static void report(String kind, String message) {
    if (REPORTED.size() < MAX_KINDS && REPORTED.add(kind)) {
      System.err.println("tracing4j-opentelemetry: " + message);
    }
  }
}
