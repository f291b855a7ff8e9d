package dev.tracing4j.runtime.registry;

/**
 * How a span spent its life, in nanoseconds of {@link System#nanoTime()}.
 *
 * <pre>{@code
 * Timing timing = span.timing();      // in a layer whose tracksTiming() is true
 * if (timing.idleNanos() > timing.busyNanos()) { ... }
 * }</pre>
 *
 * @param busyNanos time during which the span was entered on at least one thread; overlapping
 *     enters on two threads count once
 * @param idleNanos the rest of the time between creation and close (or now, while open); never
 *     negative
 */
public record Timing(long busyNanos, long idleNanos) {}
