package dev.tracing4j.processor;

import java.util.List;

/**
 * One parsed {@code fields} entry: {@code "name = expression"}, or a bare {@code "name"} declared
 * for a value recorded later.
 *
 * @param name the field name, possibly with dots
 * @param expression what to record, or {@code null} for a declared field
 */
record FieldEntry(String name, Expression expression) {

  /** What a {@code fields} expression is. */
  sealed interface Expression permits Literal, Path {}

  /** A Java literal: a string, an integer (recorded as {@code long}), a float or a boolean. */
  record Literal(ValueKind kind, Object value) implements Expression {}

  /** A parameter followed by zero or more steps. */
  record Path(String root, List<Step> steps) implements Expression {
    @Override
    public String toString() {
      StringBuilder out = new StringBuilder(root);
      steps.forEach(step -> out.append('.').append(step));
      return out.toString();
    }
  }

  /** {@code .name()} or {@code .name}. */
  record Step(String name, boolean call) {
    @Override
    public String toString() {
      return call ? name + "()" : name;
    }
  }
}
