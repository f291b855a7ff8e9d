package dev.tracing4j.runtime;

import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Metadata;
import dev.tracing4j.runtime.spi.SpanHandle;
import dev.tracing4j.runtime.spi.Subscriber;

/** Builds an event that a subscriber wants. */
final class RecordingEventBuilder implements EventBuilder {
  private final Subscriber subscriber;
  private final Metadata metadata;
  /** Borrowed from the thread on the first field, given back once the event is recorded. */
  private CurrentSpans.Stack stack;
  private FieldValues fields;
  private Span parent;

  RecordingEventBuilder(Subscriber subscriber, Metadata metadata) {
    this.subscriber = subscriber;
    this.metadata = metadata;
  }

  /** Starts an event of a static callsite; disabled (and free) when the callsite is. */
  static EventBuilder of(Callsite callsite) {
    if (!callsite.isEnabled()) {
      return DisabledEventBuilder.INSTANCE;
    }
    return new RecordingEventBuilder(Dispatcher.current(), callsite.metadata());
  }

  @Override
  public EventBuilder field(String name, long value) {
    fields().add(name, value);
    return this;
  }

  @Override
  public EventBuilder field(String name, double value) {
    fields().add(name, value);
    return this;
  }

  @Override
  public EventBuilder field(String name, boolean value) {
    fields().add(name, value);
    return this;
  }

  @Override
  public EventBuilder field(String name, String value) {
    fields().add(name, value);
    return this;
  }

  @Override
  public EventBuilder field(String name, Object value) {
    fields().add(name, value);
    return this;
  }

  @Override
  public EventBuilder parent(Span parent) {
    this.parent = parent;
    return this;
  }

  @Override
  public boolean isDisabled() {
    return false;
  }

  private FieldValues fields() {
    if (fields == null) {
      stack = CurrentSpans.stack();
      fields = stack.eventFields.lend();
    }
    return fields;
  }

  @Override
  public void log(String message) {
    if (message != null) {
      fields().addMessage(message);
    }
    log();
  }

  @Override
  public void log() {
    FieldValues values = fields();
    fields = null; // logging the same builder again starts from no field
    record(subscriber, metadata, values, parent, stack);
  }

  /**
   * Records the event. Static and given everything it needs, so that the builder itself never
   * escapes into this (large, separately compiled) method and the JIT can keep it off the heap.
   */
  private static void record(Subscriber subscriber, Metadata metadata, FieldValues values,
      Span parent, CurrentSpans.Stack stack) {
    InFlightCalls calls = Dispatcher.enter(subscriber);
    while (calls == Dispatcher.REPLACED) {
      // Built for a global default replaced since: the one installed now records it, if it wants.
      subscriber = Dispatcher.current();
      calls = Dispatcher.enter(subscriber);
      if (calls != Dispatcher.REPLACED && !Dispatcher.wants(subscriber, metadata, stack)) {
        Dispatcher.exit(calls);
        stack.eventFields.giveBack(values);
        return;
      }
    }
    SpanHandle parentHandle;
    if (parent != null) {
      parentHandle = parent.subscriber() == subscriber ? parent.handle() : null;
    } else {
      parentHandle = stack.handleFor(subscriber);
    }
    try {
      subscriber.event(metadata, values, parentHandle);
    } catch (Throwable failure) {
      FailureReporter.report("subscriber " + subscriber.getClass().getName()
          + " recording an event", failure);
    } finally {
      Dispatcher.exit(calls);
      stack.eventFields.giveBack(values);
    }
  }
}
