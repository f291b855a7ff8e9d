package dev.tracing4j.runtime;

import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Metadata;
import dev.tracing4j.runtime.spi.SpanHandle;
import dev.tracing4j.runtime.spi.Subscriber;

/** Builds a span that a subscriber wants. */
final class RecordingSpanBuilder implements SpanBuilder {
  private static final String[] NOTHING_DECLARED = {};

  private final Subscriber subscriber;
  private final Metadata metadata;
  private final String[] declared;
  private final FieldValues fields;
  private Span parent;
  private boolean started;

  RecordingSpanBuilder(Subscriber subscriber, Callsite callsite) {
    this(subscriber, callsite.metadata(), callsite.declaredFields);
  }

  /** For spans whose metadata is made per call, without a callsite: nothing is declared. */
  RecordingSpanBuilder(Subscriber subscriber, Metadata metadata) {
    this(subscriber, metadata, NOTHING_DECLARED);
  }

  private RecordingSpanBuilder(Subscriber subscriber, Metadata metadata, String[] declared) {
    this.subscriber = subscriber;
    this.metadata = metadata;
    this.declared = declared;
    // Generated code gives exactly the declared fields; hand-built spans start with room for 4.
    this.fields = new FieldValues(declared.length > 0 ? declared.length : 4);
  }

  @Override
  public SpanBuilder field(String name, long value) {
    fields.add(name, value);
    return this;
  }

  @Override
  public SpanBuilder field(String name, double value) {
    fields.add(name, value);
    return this;
  }

  @Override
  public SpanBuilder field(String name, boolean value) {
    fields.add(name, value);
    return this;
  }

  @Override
  public SpanBuilder field(String name, String value) {
    fields.add(name, value);
    return this;
  }

  @Override
  public SpanBuilder field(String name, Object value) {
    fields.add(name, value);
    return this;
  }

  @Override
  public SpanBuilder field(String name) {
    fields.addEmpty(name);
    return this;
  }

  @Override
  public SpanBuilder parent(Span parent) {
    this.parent = parent;
    return this;
  }

  @Override
  public boolean isDisabled() {
    return false;
  }

  @Override
  public Span start() {
    // The fields are handed to the subscriber; a second start gets its own copy.
    FieldValues handed = started ? fields.copy() : fields;
    if (!started) {
      declareMissingFields(fields, declared);
      started = true;
    }
    return start(subscriber, metadata, handed, parent);
  }

  /**
   * Creates the span in the subscriber. Kept apart from the builder, so that {@link #start()}
   * stays small enough to inline and the JIT can keep a builder that does not escape off the heap.
   */
  private static Span start(Subscriber subscriber, Metadata metadata, FieldValues handed,
      Span parent) {
    CurrentSpans.Stack stack = CurrentSpans.stack();
    Subscriber target = subscriber;
    InFlightCalls calls = Dispatcher.enter(target);
    while (calls == Dispatcher.REPLACED) {
      // Built for a global default replaced since: the one installed now records it, if it wants.
      target = Dispatcher.current();
      calls = Dispatcher.enter(target);
      if (calls != Dispatcher.REPLACED && !Dispatcher.wants(target, metadata, stack)) {
        Dispatcher.exit(calls);
        return Span.none();
      }
    }
    SpanHandle parentHandle;
    if (parent != null) {
      parentHandle = parent.subscriber() == target ? parent.handle() : null;
    } else {
      parentHandle = stack.handleFor(target);
    }
    try {
      SpanHandle handle = target.newSpan(metadata, handed, parentHandle);
      return handle == null ? Span.none() : new Span(target, handle, metadata, stack);
    } catch (Throwable failure) {
      FailureReporter.report("subscriber " + target.getClass().getName()
          + " creating span " + metadata.name(), failure);
      return Span.none();
    } finally {
      Dispatcher.exit(calls);
    }
  }

  /** Fields the callsite declares without a value yet are recorded later with Span.record. */
  private static void declareMissingFields(FieldValues fields, String[] declared) {
    if (fields.hasNames(declared)) {
      return; // generated code gives every declared field, in order
    }
    for (String name : declared) {
      if (fields.indexOf(name) < 0) {
        fields.addEmpty(name);
      }
    }
  }
}
