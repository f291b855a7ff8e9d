package dev.tracing4j.processor;

import java.util.List;

/** A span field of an instrumented method and how the generated code computes it. */
sealed interface FieldModel {

  /** The field name. */
  String name();

  /** A parameter recorded as is. */
  record ParameterField(String name, String parameter, ValueKind kind) implements FieldModel {}

  /** A parameter followed by one or more member steps, evaluated null-safely. */
  record PathField(String name, String parameter, List<FieldEntry.Step> steps)
      implements FieldModel {}

  /** A literal value. */
  record LiteralField(String name, ValueKind kind, Object value) implements FieldModel {}

  /** A field declared without a value, recorded later with {@code Span.record}. */
  record DeclaredField(String name) implements FieldModel {}
}
