package dev.tracing4j.opentelemetry;

import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;

/**
 * Where {@link SpanFields} puts attributes: a span being built, a started span, or an event's
 * attributes. Each writes straight into its target, so no intermediate attribute set is built.
 */
interface AttributeSink {

  void put(String key, long value);

  void put(String key, double value);

  void put(String key, boolean value);

  void put(String key, String value);

  static AttributeSink of(SpanBuilder builder) {
    return new AttributeSink() {
      @Override
      public void put(String key, long value) {
        builder.setAttribute(key, value);
      }

      @Override
      public void put(String key, double value) {
        builder.setAttribute(key, value);
      }

      @Override
      public void put(String key, boolean value) {
        builder.setAttribute(key, value);
      }

      @Override
      public void put(String key, String value) {
        builder.setAttribute(key, value);
      }
    };
  }

  static AttributeSink of(Span span) {
    return new AttributeSink() {
      @Override
      public void put(String key, long value) {
        span.setAttribute(key, value);
      }

      @Override
      public void put(String key, double value) {
        span.setAttribute(key, value);
      }

      @Override
      public void put(String key, boolean value) {
        span.setAttribute(key, value);
      }

      @Override
      public void put(String key, String value) {
        span.setAttribute(key, value);
      }
    };
  }

  static AttributeSink of(AttributesBuilder attributes) {
    return new AttributeSink() {
      @Override
      public void put(String key, long value) {
        attributes.put(key, value);
      }

      @Override
      public void put(String key, double value) {
        attributes.put(key, value);
      }

      @Override
      public void put(String key, boolean value) {
        attributes.put(key, value);
      }

      @Override
      public void put(String key, String value) {
        attributes.put(key, value);
      }
    };
  }

  /** Drops every attribute: for reading only the directives of a record. */
  AttributeSink NONE = new AttributeSink() {
    @Override
    public void put(String key, long value) {}

    @Override
    public void put(String key, double value) {}

    @Override
    public void put(String key, boolean value) {}

    @Override
    public void put(String key, String value) {}
  };
}
