package dev.tracing4j.runtime;

import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Interest;
import dev.tracing4j.runtime.spi.Metadata;
import dev.tracing4j.runtime.spi.SpanHandle;
import dev.tracing4j.runtime.spi.Subscriber;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** Answers a fixed interest and counts what it is asked and given. */
class CountingSubscriber implements Subscriber {
  /** Registrations of callsites whose target is {@link #countedTarget}. */
  final AtomicInteger registrations = new AtomicInteger();
  volatile String countedTarget = "";
  final AtomicInteger enabledQuestions = new AtomicInteger();
  final AtomicInteger events = new AtomicInteger();
  final AtomicInteger spans = new AtomicInteger();
  private final AtomicLong ids = new AtomicLong();
  volatile Function<Metadata, Interest> interest;
  volatile boolean enabledAnswer = true;

  CountingSubscriber(Interest interest) {
    this.interest = metadata -> interest;
    this.enabledAnswer = interest != Interest.NEVER;
  }

  @Override
  public Interest registerCallsite(Metadata metadata) {
    if (metadata.target().equals(countedTarget)) {
      registrations.incrementAndGet();
    }
    return interest.apply(metadata);
  }

  @Override
  public boolean enabled(Metadata metadata, SpanHandle current) {
    enabledQuestions.incrementAndGet();
    return enabledAnswer;
  }

  @Override
  public SpanHandle newSpan(Metadata metadata, FieldValues fields, SpanHandle parent) {
    spans.incrementAndGet();
    long id = ids.incrementAndGet();
    return () -> id;
  }

  @Override
  public void record(SpanHandle span, FieldValues values) {}

  @Override
  public void event(Metadata metadata, FieldValues fields, SpanHandle parent) {
    events.incrementAndGet();
  }

  @Override
  public void enter(SpanHandle span) {}

  @Override
  public void exit(SpanHandle span) {}

  @Override
  public void close(SpanHandle span) {}
}
