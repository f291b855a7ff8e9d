package dev.tracing4j.runtime.format;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The wall-clock time of events, in nanoseconds since the epoch.
 *
 * <p>For the system clock, reading {@code Instant.now()} on every event costs a native call on top
 * of the clock read itself. This clock reads {@link System#nanoTime()} (an intrinsic) instead and
 * adds an offset to the wall clock that it measures again every tenth of a second, so a step of
 * the system clock shows within that time. Between steps, timestamps agree with {@code
 * Instant.now()} to well under a microsecond on Linux, where time synchronisation slews both
 * clocks alike, and to within tens of microseconds where it slews only the wall clock. Any other
 * {@link Clock}, such as a fixed clock in a test, is read as it is.
 *
 * <pre>{@code
 * WallClock clock = WallClock.of(Clock.systemUTC());
 * int end = UtcTimestamp.formatAscii(clock.epochNanos(), line, 0);
 * }</pre>
 */
public abstract class WallClock {

  private WallClock() {}

  /** A wall clock reading {@code clock}, calibrated against the monotonic clock when it is the system's. */
  public static WallClock of(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    if (clock.equals(Clock.systemUTC()) || clock.equals(Clock.systemDefaultZone())) {
      return new Calibrated();
    }
    return new Reading(clock);
  }

  /**
   * The current time in nanoseconds since 1970-01-01T00:00:00Z.
   *
   * @throws ArithmeticException for a clock outside the years 1677 to 2262, which a {@code long}
   *     of nanoseconds cannot hold
   */
  public abstract long epochNanos();

  static long epochNanos(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L),
        instant.getNano());
  }

  /** Any clock, read on every call. */
  private static final class Reading extends WallClock {
    private final Clock clock;

    Reading(Clock clock) {
      this.clock = clock;
    }

    @Override
    public long epochNanos() {
      return epochNanos(clock.instant());
    }
  }

  /** The system clock, as the monotonic clock plus an offset measured ten times a second. */
  private static final class Calibrated extends WallClock {
    private static final long RECALIBRATE_NANOS = 100_000_000L;

    /** The wall clock at one reading of the monotonic clock; replaced whole, never mutated. */
    private record Calibration(long nanoTime, long epochNanos) {}

    private volatile Calibration calibration = calibrate();

    @Override
    public long epochNanos() {
      long now = System.nanoTime();
      Calibration base = calibration;
      long elapsed = now - base.nanoTime;
      if (elapsed >= RECALIBRATE_NANOS || elapsed < 0) {
        base = calibrate();
        calibration = base;
        elapsed = System.nanoTime() - base.nanoTime;
      }
      return base.epochNanos + elapsed;
    }

    /** Reads the wall clock between two monotonic readings and pairs it with their midpoint. */
    private static Calibration calibrate() {
      long before = System.nanoTime();
      long wall = epochNanos(Instant.now());
      long after = System.nanoTime();
      return new Calibration(before + (after - before) / 2, wall);
    }
  }
}
