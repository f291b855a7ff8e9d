package dev.tracing4j.runtime.output;

/**
 * What an {@link OutputWriter} does with a record when its buffer is full.
 *
 * <pre>{@code
 * OutputWriter.options().overflow(Overflow.DROP)
 * }</pre>
 */
public enum Overflow {
  /** Wait until the background thread has made room: nothing is lost. The default. */
  BLOCK,
  /**
   * Drop the record and count it; the count is written, in the output's own format, when the
   * buffer drains. The traced program never waits for the destination.
   */
  DROP
}
