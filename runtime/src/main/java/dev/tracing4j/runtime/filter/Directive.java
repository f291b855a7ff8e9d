package dev.tracing4j.runtime.filter;

import java.util.List;

/**
 * One parsed directive, {@code target[span{field=value}]=level} with every part optional.
 *
 * @param target the target prefix it applies to, or {@code null} for every target
 * @param spanName the span name it applies to, or {@code null}
 * @param fields the span fields that must match, possibly empty
 * @param level the most verbose level it records
 */
record Directive(String target, String spanName, List<FieldMatch> fields, LevelFilter level) {

  /** A static directive depends only on a callsite's target and level, never on span context. */
  boolean isStatic() {
    return spanName == null && fields.isEmpty();
  }

  /** Whether {@code candidate} is this directive's target or a name under it at a dot. */
  boolean matchesTarget(String candidate) {
    if (target == null) {
      return true;
    }
    return candidate.startsWith(target)
        && (candidate.length() == target.length() || candidate.charAt(target.length()) == '.');
  }

  /** Orders directives so that the most specific one is found first. */
  int specificity() {
    int score = target == null ? 0 : 1 + target.length();
    score = score * 4 + (spanName == null ? 0 : 2) + (fields.isEmpty() ? 0 : 1);
    return score * 64 + Math.min(fields.size(), 63);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (target != null) {
      out.append(target);
    }
    if (spanName != null || !fields.isEmpty()) {
      out.append('[');
      if (spanName != null) {
        out.append(spanName);
      }
      if (!fields.isEmpty()) {
        out.append('{');
        for (int i = 0; i < fields.size(); i++) {
          out.append(i == 0 ? "" : ",").append(fields.get(i));
        }
        out.append('}');
      }
      out.append(']');
    }
    return out.append('=').append(level).toString();
  }
}
