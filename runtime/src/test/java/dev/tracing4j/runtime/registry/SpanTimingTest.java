package dev.tracing4j.runtime.registry;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Kind;
import dev.tracing4j.runtime.spi.Metadata;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Busy is the time entered on at least one thread; idle is the rest of the span's life. Sleeps
 * give lower bounds that always hold and upper bounds with room for a slow machine.
 */
class SpanTimingTest {

  private static final long MS = 1_000_000;
  private final Registry registry = Registry.builder().with(new RecordingLayer()).build();

  private SpanData newSpan() {
    return (SpanData) registry.newSpan(Metadata.of("s", "t", Level.INFO, Kind.SPAN),
        new FieldValues(), null);
  }

  @Test
  void aSpanEnteredTwiceIsBusyForBothVisitsAndIdleBetween() throws Exception {
    SpanData span = newSpan();
    MILLISECONDS.sleep(60);      // idle
    registry.enter(span);
    MILLISECONDS.sleep(100);     // busy
    registry.exit(span);
    MILLISECONDS.sleep(60);      // idle
    registry.enter(span);
    MILLISECONDS.sleep(100);     // busy
    registry.exit(span);
    MILLISECONDS.sleep(60);      // idle
    registry.close(span);

    Timing timing = span.timing();
    assertTrue(timing.busyNanos() >= 200 * MS, "busy " + timing);
    assertTrue(timing.busyNanos() < 400 * MS, "busy " + timing);
    assertTrue(timing.idleNanos() >= 180 * MS, "idle " + timing);
    assertTrue(timing.idleNanos() < 380 * MS, "idle " + timing);
  }

  @Test
  void overlappingEntersOnTwoThreadsCountOnce() throws Exception {
    SpanData span = newSpan();
    CountDownLatch firstInside = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    long[] firstInterval = new long[1];
    // The second thread's visit lies wholly inside the first's, whatever the scheduling.
    Thread first = new Thread(() -> {
      long start = System.nanoTime();
      registry.enter(span);
      firstInside.countDown();
      await(secondDone);
      sleep(50);
      registry.exit(span);
      firstInterval[0] = System.nanoTime() - start;
    });
    Thread second = new Thread(() -> {
      await(firstInside);
      registry.enter(span);
      sleep(100);
      registry.exit(span);
      secondDone.countDown();
    });
    first.start();
    second.start();
    first.join();
    second.join();
    registry.close(span);

    Timing timing = span.timing();
    assertTrue(timing.busyNanos() >= 150 * MS, "busy " + timing);
    assertTrue(timing.busyNanos() <= firstInterval[0],
        "busy " + timing + " exceeds the first thread's " + firstInterval[0] + " ns: counted twice");
  }

  @Test
  void timingIsFrozenAtCloseEvenIfStillEntered() throws Exception {
    SpanData span = newSpan();
    registry.enter(span);
    MILLISECONDS.sleep(30);
    registry.close(span);
    Timing atClose = span.timing();
    MILLISECONDS.sleep(30);
    registry.exit(span);
    assertEquals(atClose, span.timing());
    assertTrue(atClose.busyNanos() >= 30 * MS, "busy " + atClose);
  }

  @Test
  void idleIsNeverNegativeAndANeverEnteredSpanIsAllIdle() throws Exception {
    SpanData span = newSpan();
    MILLISECONDS.sleep(20);
    registry.close(span);
    Timing timing = span.timing();
    assertEquals(0, timing.busyNanos());
    assertTrue(timing.idleNanos() >= 20 * MS, "idle " + timing);
  }

  @Test
  void closingTwiceAndExitingWithoutEnteringAreIgnored() {
    RecordingLayer layer = new RecordingLayer();
    Registry registry = Registry.builder().with(layer).build();
    SpanData span = (SpanData) registry.newSpan(Metadata.of("s", "t", Level.INFO, Kind.SPAN),
        new FieldValues(), null);
    registry.exit(span);
    registry.close(span);
    registry.close(span);
    registry.enter(span);
    assertEquals(java.util.List.of("new s", "close s"), layer.lifecycle());
  }

  @Test
  void spanIdsAreUniqueAcrossRegistries() {
    Registry other = Registry.builder().build();
    long a = newSpan().id();
    long b = other.newSpan(Metadata.of("s", "t", Level.INFO, Kind.SPAN), new FieldValues(), null).id();
    long c = newSpan().id();
    assertTrue(a > 0 && b > a && c > b, a + " " + b + " " + c);
  }

  private static void sleep(long millis) {
    try {
      MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void withoutALayerThatTracksTimingThereIsNoneAndAskingSaysWhy() {
    Registry untimed = Registry.builder().with(new Layer() {}).build();
    SpanData span = (SpanData) untimed.newSpan(Metadata.of("s", "t", Level.INFO, Kind.SPAN),
        new FieldValues(), null);
    untimed.enter(span);
    untimed.exit(span);
    untimed.close(span);
    assertTrue(span.isClosed());
    assertEquals(false, span.isTimed());
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, span::timing);
    assertEquals("span 's' has no timing: no layer of its registry tracks it. Return true from"
        + " Layer.tracksTiming() in the layer that reads it.", e.getMessage());
  }

  @Test
  void oneLayerThatTracksTimingIsEnough() {
    Registry timed = Registry.builder().with(new Layer() {}).with(new RecordingLayer()).build();
    SpanData span = (SpanData) timed.newSpan(Metadata.of("s", "t", Level.INFO, Kind.SPAN),
        new FieldValues(), null);
    assertTrue(span.isTimed());
  }
}
