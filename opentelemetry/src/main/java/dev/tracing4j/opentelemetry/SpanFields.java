package dev.tracing4j.opentelemetry;

import dev.tracing4j.runtime.spi.DisplayValue;
import dev.tracing4j.runtime.spi.FieldVisitor;

/**
 * Reads a span's fields: each becomes an attribute with its type (integers as long, floats as
 * double, booleans, strings, other objects by their {@code toString()}), except the {@code otel.*}
 * fields, which are directives to the layer and never attributes. A null value sets nothing, since
 * OpenTelemetry attributes have no null.
 */
final class SpanFields implements FieldVisitor {

  static final String PREFIX = "otel.";
  static final String NAME = "otel.name";
  static final String KIND = "otel.kind";
  static final String PARENT = "otel.parent";
  static final String STATUS_CODE = "otel.status_code";
  static final String STATUS_DESCRIPTION = "otel.status_description";

  private final AttributeSink attributes;
  private int attributeCount;
  /** The directives seen, {@code null} when absent. */
  String name;
  String kind;
  Object parent;
  /** Whether {@code otel.parent} was recorded, even as null (which starts a new trace). */
  boolean parentGiven;
  String statusCode;
  String statusDescription;

  SpanFields(AttributeSink attributes) {
    this.attributes = attributes;
  }

  /** Whether some field is an ordinary one, an attribute. */
  boolean hasAttributes() {
    return attributeCount > 0;
  }

  boolean hasDirectives() {
    return name != null || kind != null || parentGiven || statusCode != null
        || statusDescription != null;
  }

  @Override
  public void visitLong(String field, long value) {
    if (!directive(field, value)) {
      attributes.put(field, value);
    }
  }

  @Override
  public void visitDouble(String field, double value) {
    if (!directive(field, value)) {
      attributes.put(field, value);
    }
  }

  @Override
  public void visitBoolean(String field, boolean value) {
    if (!directive(field, value)) {
      attributes.put(field, value);
    }
  }

  @Override
  public void visitString(String field, String value) {
    if (!directive(field, value)) {
      attributes.put(field, value);
    }
  }

  @Override
  public void visitNull(String field) {
    directive(field, null);
  }

  @Override
  public void visitObject(String field, Object value) {
    if (!directive(field, value)) {
      attributes.put(field, DisplayValue.of(value));
    }
  }

  /** Takes an {@code otel.*} field as a directive; false for an ordinary field. */
  private boolean directive(String field, Object value) {
    if (!field.startsWith(PREFIX)) {
      attributeCount++;
      return false;
    }
    switch (field) {
      case NAME -> name = text(value);
      case KIND -> kind = text(value);
      case PARENT -> {
        parent = value;
        parentGiven = true;
      }
      case STATUS_CODE -> statusCode = text(value);
      case STATUS_DESCRIPTION -> statusDescription = text(value);
      default -> { } // the otel.* names are reserved for directives
    }
    return true;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof String text ? text : DisplayValue.of(value);
  }
}
