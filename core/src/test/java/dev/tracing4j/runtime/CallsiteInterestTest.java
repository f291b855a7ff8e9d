package dev.tracing4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.spi.Interest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallsiteInterestTest {

  @AfterEach
  void uninstall() {
    Tracing.setGlobalDefault(NoSubscriber.INSTANCE);
  }

  private static final AtomicInteger TESTS = new AtomicInteger();
  /** Callsites of earlier tests stay registered; a target per test keeps the counts apart. */
  private final String target = "test.interest" + TESTS.incrementAndGet();

  private Callsite newCallsite() {
    return Callsite.event("e", target, Level.INFO, "CallsiteInterestTest.java", 1);
  }

  private CountingSubscriber counting(Interest interest) {
    CountingSubscriber subscriber = new CountingSubscriber(interest);
    subscriber.countedTarget = target;
    return subscriber;
  }

  @Test
  void aCallsiteAsksEachSubscriberOnceAndCachesNever() {
    CountingSubscriber subscriber = counting(Interest.NEVER);
    Tracing.setGlobalDefault(subscriber);
    Callsite callsite = newCallsite();
    for (int i = 0; i < 1000; i++) {
      assertFalse(callsite.isEnabled());
    }
    assertEquals(1, subscriber.registrations.get());
    assertEquals(0, subscriber.enabledQuestions.get());
  }

  @Test
  void alwaysSkipsThePerCallQuestion() {
    CountingSubscriber subscriber = counting(Interest.ALWAYS);
    Tracing.setGlobalDefault(subscriber);
    Callsite callsite = newCallsite();
    for (int i = 0; i < 100; i++) {
      assertTrue(callsite.isEnabled());
    }
    assertEquals(1, subscriber.registrations.get());
    assertEquals(0, subscriber.enabledQuestions.get());
  }

  @Test
  void sometimesAsksTheSubscriberOnEveryCall() {
    CountingSubscriber subscriber = new CountingSubscriber(Interest.SOMETIMES);
    Tracing.setGlobalDefault(subscriber);
    Callsite callsite = newCallsite();
    subscriber.enabledAnswer = false;
    assertFalse(callsite.isEnabled());
    subscriber.enabledAnswer = true;
    assertTrue(callsite.isEnabled());
    assertEquals(2, subscriber.enabledQuestions.get());
  }

  @Test
  void interestChangesWhenTheGlobalSubscriberChanges() {
    Callsite callsite = newCallsite();
    Tracing.setGlobalDefault(new CountingSubscriber(Interest.NEVER));
    assertFalse(callsite.isEnabled());
    Tracing.setGlobalDefault(new CountingSubscriber(Interest.ALWAYS));
    assertTrue(callsite.isEnabled());
    Tracing.setGlobalDefault(NoSubscriber.INSTANCE);
    assertFalse(callsite.isEnabled());
  }

  @Test
  void rebuildAsksAgainAfterASubscriberChangedItsMind() {
    CountingSubscriber subscriber = new CountingSubscriber(Interest.NEVER);
    Tracing.setGlobalDefault(subscriber);
    Callsite callsite = newCallsite();
    assertFalse(callsite.isEnabled());
    subscriber.interest = metadata -> Interest.ALWAYS;
    assertFalse(callsite.isEnabled(), "cached until rebuilt");
    Callsite.rebuildInterestCache();
    assertTrue(callsite.isEnabled());
  }

  @Test
  void aThreadScopedDefaultIsAskedToo() throws Exception {
    CountingSubscriber global = new CountingSubscriber(Interest.NEVER);
    Tracing.setGlobalDefault(global);
    Callsite callsite = newCallsite();
    assertFalse(callsite.isEnabled());
    CountingSubscriber scoped = new CountingSubscriber(Interest.ALWAYS);
    boolean[] otherThreadSaw = new boolean[1];
    Tracing.withDefault(scoped, () -> {
      assertTrue(callsite.isEnabled(), "the scoped default wants it");
      Thread other = new Thread(() -> otherThreadSaw[0] = callsite.isEnabled());
      other.start();
      try {
        other.join();
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    });
    assertFalse(otherThreadSaw[0], "another thread still uses the global default");
    assertFalse(callsite.isEnabled(), "back to never once the scope ended");
  }

  @Test
  void aDisabledEventAllocatesNoBuilder() {
    Tracing.setGlobalDefault(new CountingSubscriber(Interest.NEVER));
    Tracer log = Tracer.of("test.interest.disabled");
    assertSame(DisabledEventBuilder.INSTANCE, log.atDebug());
    assertSame(DisabledSpanBuilder.INSTANCE, log.span(Level.DEBUG, "s"));
    assertSame(Span.none(), log.span(Level.DEBUG, "s").field("x", 1).start());
  }

  @Test
  void nothingIsRecordedWhenNothingIsInstalled() {
    Tracer log = Tracer.of("test.interest.none");
    assertFalse(log.isEnabled(Level.ERROR));
    assertSame(Span.none(), Span.current());
    assertTrue(log.span(Level.ERROR, "s").start().isDisabled());
  }
}
