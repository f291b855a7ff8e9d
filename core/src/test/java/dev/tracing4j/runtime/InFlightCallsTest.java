package dev.tracing4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InFlightCallsTest {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  @Test
  void retiringWaitsForACallInFlightToFinish() throws Exception {
    InFlightCalls calls = new InFlightCalls(NoSubscriber.INSTANCE);
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread caller = new Thread(() -> {
      assertTrue(calls.enter());
      inside.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      calls.exit();
    });
    caller.start();
    inside.await();
    AtomicBoolean retired = new AtomicBoolean();
    Thread retirer = new Thread(() -> retired.set(calls.retire(10 * SECOND)));
    retirer.start();
    retirer.join(100);
    assertTrue(retirer.isAlive(), "retire returned while a call was in flight");
    release.countDown();
    retirer.join();
    assertTrue(retired.get());
  }

  @Test
  void aCallAfterRetirementIsNotCountedIn() {
    InFlightCalls calls = new InFlightCalls(NoSubscriber.INSTANCE);
    assertTrue(calls.retire(SECOND));
    assertFalse(calls.enter());
    assertTrue(calls.retire(SECOND), "a refused call left no count behind");
  }

  @Test
  void retiringGivesUpAfterTheTimeout() {
    InFlightCalls calls = new InFlightCalls(NoSubscriber.INSTANCE);
    assertTrue(calls.enter()); // this thread's own call never ends while it retires
    long start = System.nanoTime();
    assertFalse(calls.retire(TimeUnit.MILLISECONDS.toNanos(20)));
    assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(20));
  }

  @Test
  void noCallCountedInIsStillRunningOnceRetireReturns() throws Exception {
    int threads = 4;
    AtomicInteger violations = new AtomicInteger();
    AtomicInteger counted = new AtomicInteger();
    for (int round = 0; round < 20; round++) {
      InFlightCalls calls = new InFlightCalls(NoSubscriber.INSTANCE);
      AtomicBoolean retireReturned = new AtomicBoolean();
      AtomicBoolean stop = new AtomicBoolean();
      Thread[] callers = new Thread[threads];
      for (int t = 0; t < threads; t++) {
        callers[t] = new Thread(() -> {
          while (!stop.get()) {
            if (calls.enter()) {
              counted.incrementAndGet();
              Thread.onSpinWait();
              if (retireReturned.get()) {
                violations.incrementAndGet();
              }
              calls.exit();
            }
          }
        });
        callers[t].start();
      }
      Thread.yield();
      assertTrue(calls.retire(10 * SECOND));
      retireReturned.set(true);
      stop.set(true);
      for (Thread caller : callers) {
        caller.join();
      }
    }
    assertEquals(0, violations.get(), "a call ran on into a retired installation");
    assertTrue(counted.get() > 0);
  }
}
