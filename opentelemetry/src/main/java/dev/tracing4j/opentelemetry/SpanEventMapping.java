package dev.tracing4j.opentelemetry;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.instrument.MethodSite;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.spi.DisplayValue;
import dev.tracing4j.runtime.spi.FieldVisitor;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A tracing4j event as a span event: named by its message ({@code event} without one), with its
 * fields, {@code level} and {@code target} as attributes. The {@code error} event of
 * {@code @Instrument(err = true)} becomes the event {@code exception} with {@code exception.type},
 * {@code exception.message} and {@code exception.stacktrace}. An ERROR event marks its span as
 * failed, described by the error's text or the event's message.
 */
final class SpanEventMapping implements FieldVisitor {

  private final AttributesBuilder attributes = Attributes.builder();
  private String message;
  private String errorText;

  private SpanEventMapping() {}

  /** Adds {@code event} to {@code span}. */
  static void addTo(MirroredSpan span, Event event) {
    SpanEventMapping mapping = new SpanEventMapping();
    Level level = event.metadata().level();
    Throwable error = level == Level.ERROR ? MethodSite.errorBeingRecorded() : null;
    mapping.attributes.put(Names.LEVEL, level.name());
    mapping.attributes.put(Names.TARGET, event.metadata().target());
    event.fields().visit(mapping);
    String name = mapping.message != null ? mapping.message : Names.UNNAMED_EVENT;
    if (error != null && mapping.errorText != null) {
      name = Names.EXCEPTION_EVENT;
      describe(error, mapping.attributes);
    }
    String failure = null;
    if (level == Level.ERROR) {
      failure = mapping.errorText != null ? mapping.errorText
          : mapping.message != null ? mapping.message : "";
    }
    span.addEvent(name, mapping.attributes.build(), failure);
  }

  /** The exception's attributes, read defensively: a hostile exception must not break tracing. */
  private static void describe(Throwable error, AttributesBuilder attributes) {
    attributes.remove(AttributeKey.stringKey(Names.ERROR_FIELD));
    attributes.put(Names.EXCEPTION_TYPE, error.getClass().getName());
    try {
      String message = error.getMessage();
      if (message != null) {
        attributes.put(Names.EXCEPTION_MESSAGE, message);
      }
    } catch (RuntimeException | StackOverflowError unreadable) {
      attributes.put(Names.EXCEPTION_MESSAGE, DisplayValue.of(error));
    }
    try {
      StringWriter trace = new StringWriter();
      error.printStackTrace(new PrintWriter(trace));
      attributes.put(Names.EXCEPTION_STACKTRACE, trace.toString());
    } catch (RuntimeException | StackOverflowError unprintable) {
      // The type and message are still exported; a stack trace that cannot be printed is left out.
    }
  }

  @Override
  public void visitMessage(String text) {
    message = text;
  }

  @Override
  public void visitLong(String name, long value) {
    attributes.put(name, value);
  }

  @Override
  public void visitDouble(String name, double value) {
    attributes.put(name, value);
  }

  @Override
  public void visitBoolean(String name, boolean value) {
    attributes.put(name, value);
  }

  @Override
  public void visitString(String name, String value) {
    if (name.equals(Names.ERROR_FIELD)) {
      errorText = value;
    }
    attributes.put(name, value);
  }

  @Override
  public void visitNull(String name) {
    // OpenTelemetry attributes have no null.
  }

  @Override
  public void visitObject(String name, Object value) {
    String text = DisplayValue.of(value);
    if (name.equals(Names.ERROR_FIELD)) {
      errorText = text;
    }
    attributes.put(name, text);
  }
}
