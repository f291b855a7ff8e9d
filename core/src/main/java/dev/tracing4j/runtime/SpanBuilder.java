package dev.tracing4j.runtime;

/**
 * Collects a span's fields, then {@link #start()}s it. Returned by {@link Tracer#span} and {@link
 * #of(Callsite)}; when the span is disabled the builder is a shared no-op and {@code start()}
 * returns {@link Span#none()}.
 *
 * <pre>{@code
 * Span span = log.span(Level.INFO, "batch").field("size", 10).field("source", "s3").start();
 * }</pre>
 */
public interface SpanBuilder {

  /**
   * Starts a span of a static callsite; the builder is disabled (and free) when the callsite is.
   *
   * <pre>{@code
   * private static final Callsite LOAD = Callsite.span("load", "com.shop.Repo", Level.DEBUG, null, 0, "id");
   * Span span = SpanBuilder.of(LOAD).field("id", id).start();
   * }</pre>
   */
  static SpanBuilder of(Callsite callsite) {
    if (!callsite.isEnabled()) {
      return DisabledSpanBuilder.INSTANCE;
    }
    return new RecordingSpanBuilder(Dispatcher.current(), callsite);
  }


  /** Adds an integer field ({@code int}, {@code short} and {@code byte} widen to it). */
  SpanBuilder field(String name, long value);

  /** Adds a floating-point field. */
  SpanBuilder field(String name, double value);

  /** Adds a boolean field. */
  SpanBuilder field(String name, boolean value);

  /** Adds a string field. */
  SpanBuilder field(String name, String value);

  /** Adds a field of any type, turned into text only if a subscriber prints it. */
  SpanBuilder field(String name, Object value);

  /**
   * Declares a field without a value, to be recorded later with {@link Span#record}: it keeps
   * its place among the fields, and subscribers show it only once it has a value.
   *
   * <pre>{@code
   * Span span = log.span(Level.INFO, "query").field("sql", sql).field("rows").start();
   * ...
   * span.record("rows", 17L);
   * }</pre>
   */
  SpanBuilder field(String name);

  /**
   * Makes the span a child of {@code parent} instead of the current span; {@link Span#none()}
   * makes it a root.
   */
  SpanBuilder parent(Span parent);

  /** Creates the span. It is not entered: use {@link Span#enter()}. */
  Span start();

  /** Whether {@link #start()} will return a disabled span. */
  boolean isDisabled();
}
