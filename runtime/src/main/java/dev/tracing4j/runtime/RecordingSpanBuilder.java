package dev.tracing4j.runtime;

import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Metadata;
import dev.tracing4j.runtime.spi.SpanHandle;
import dev.tracing4j.runtime.spi.Subscriber;
import java.util.List;

/** Builds a span that a subscriber wants. */
final class RecordingSpanBuilder implements SpanBuilder {
  private final Subscriber subscriber;
  private final Metadata metadata;
  private final FieldValues fields;
  private Span parent;

  RecordingSpanBuilder(Subscriber subscriber, Metadata metadata) {
    this.subscriber = subscriber;
    this.metadata = metadata;
    this.fields = new FieldValues(Math.max(4, metadata.fieldNames().size()));
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
    declareMissingFields();
    SpanHandle parentHandle;
    if (parent != null) {
      parentHandle = parent.subscriber() == subscriber ? parent.handle() : null;
    } else {
      parentHandle = CurrentSpans.handleFor(subscriber);
    }
    try {
      SpanHandle handle = subscriber.newSpan(metadata, fields, parentHandle);
      return handle == null ? Span.none() : new Span(subscriber, handle, metadata);
    } catch (Throwable failure) {
      FailureReporter.report("subscriber " + subscriber.getClass().getName()
          + " creating span " + metadata.name(), failure);
      return Span.none();
    }
  }

  /** Fields the callsite declares without a value yet are recorded later with Span.record. */
  private void declareMissingFields() {
    List<String> declared = metadata.fieldNames();
    for (int i = 0; i < declared.size(); i++) {
      if (fields.indexOf(declared.get(i)) < 0) {
        fields.addEmpty(declared.get(i));
      }
    }
  }
}
