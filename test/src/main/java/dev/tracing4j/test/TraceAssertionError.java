package dev.tracing4j.test;

/**
 * A failed expectation about a trace: what was expected and what happened instead, followed by
 * the recorded tree. The extension adds no second copy of the tree to it.
 */
final class TraceAssertionError extends AssertionError {
  private static final long serialVersionUID = 1L;

  TraceAssertionError(String expectation, TraceSnapshot trace) {
    super(expectation + "\n" + TraceTree.render(trace));
  }
}
