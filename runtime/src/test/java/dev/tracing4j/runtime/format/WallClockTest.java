package dev.tracing4j.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WallClockTest {

  @Test
  void theSystemClockAgreesWithInstantNowAcrossRecalibrations() throws InterruptedException {
    WallClock clock = WallClock.of(Clock.systemUTC());
    for (int i = 0; i < 3; i++) {
      long before = WallClock.epochNanos(Instant.now());
      long read = clock.epochNanos();
      long after = WallClock.epochNanos(Instant.now());
      // The wall clock's own resolution may be a microsecond or coarser; a millisecond of slack
      // still catches an offset computed in the wrong unit or with the wrong sign.
      assertTrue(read >= before - 1_000_000 && read <= after + 1_000_000,
          "read " + read + " outside [" + before + ", " + after + "]");
      Thread.sleep(150); // the second and third reading come after a recalibration
    }
  }

  @Test
  void readsDoNotGoBackwardsByAMicrosecondOrMore() {
    WallClock clock = WallClock.of(Clock.systemUTC());
    long previous = clock.epochNanos();
    for (int i = 0; i < 100_000; i++) {
      long now = clock.epochNanos();
      // A recalibration may move the offset by the few nanoseconds it cannot measure.
      assertTrue(now > previous - 1_000, "went back from " + previous + " to " + now);
      previous = now;
    }
  }

  @Test
  void anyOtherClockIsReadAsItIs() {
    Clock fixed = Clock.fixed(Instant.parse("2026-11-24T10:15:30.123456789Z"), ZoneOffset.UTC);
    assertEquals(1_795_515_330_123_456_789L, WallClock.of(fixed).epochNanos());
    Clock beforeTheEpoch = Clock.fixed(Instant.parse("1969-12-31T23:59:59.5Z"), ZoneOffset.UTC);
    assertEquals(-500_000_000L, WallClock.of(beforeTheEpoch).epochNanos());
  }

  @Test
  void aClockBeyondWhatNanosecondsHoldFailsInsteadOfWrappingAround() {
    Clock farFuture = Clock.fixed(Instant.parse("2300-01-01T00:00:00Z"), ZoneOffset.UTC);
    assertThrows(ArithmeticException.class, () -> WallClock.of(farFuture).epochNanos());
  }
}
