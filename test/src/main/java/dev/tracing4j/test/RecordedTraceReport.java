package dev.tracing4j.test;

/**
 * Added to a failing test's exception as a suppressed one, so that a plain {@code assertEquals}
 * that fails shows what the test traced, too. It has no stack trace of its own.
 */
final class RecordedTraceReport extends Exception {
  private static final long serialVersionUID = 1L;

  RecordedTraceReport(TraceSnapshot trace) {
    super("what the test traced:\n" + TraceTree.render(trace), null, false, false);
  }
}
