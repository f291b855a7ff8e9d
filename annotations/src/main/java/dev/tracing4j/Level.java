package dev.tracing4j;

/**
 * How verbose a span or an event is, from the most verbose ({@link #TRACE}) to the most severe
 * ({@link #ERROR}).
 *
 * <p>A filter set to a level records that level and every more severe one: {@code info} records
 * {@code INFO}, {@code WARN} and {@code ERROR}, and drops {@code DEBUG} and {@code TRACE}.
 *
 * <pre>{@code
 * @Instrument(level = Level.DEBUG)
 * public Order load(long id) { ... }
 * }</pre>
 */
public enum Level {
  /** Very detailed diagnostics, usually off. */
  TRACE,
  /** Diagnostics useful while developing. */
  DEBUG,
  /** What the program is doing; the default. */
  INFO,
  /** Something unexpected that the program survived. */
  WARN,
  /** Something failed. */
  ERROR
}
