package dev.tracing4j.runtime.filter;

import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Metadata;
import java.util.Comparator;
import java.util.List;

/**
 * One parsed directive, {@code target[span{field=value}]=level} with every part optional.
 *
 * <p>A directive has up to two roles. Without a span name and without field values it is
 * <em>static</em>: it decides from a callsite alone (target, level, the fields an event callsite
 * declares), so callsites cache its answer. With a span name or any field it is a <em>span
 * directive</em>: it matches spans, and enables what happens inside a matching span. {@code
 * [{user}]=debug} has both roles: events whose callsite declares {@code user}, and everything
 * inside spans that have it.
 *
 * @param target the target prefix it applies to, or {@code null} for every target
 * @param spanName the span name it applies to, or {@code null}
 * @param fields the fields that must match, possibly empty
 * @param level the most verbose level it records
 */
record Directive(String target, String spanName, List<FieldMatch> fields, LevelFilter level) {

  /**
   * Most specific first, as in Rust's {@code EnvFilter}: a longer target, then a span name, then
   * more fields. Ties are broken by the text, so the order never depends on the input order.
   */
  static final Comparator<Directive> MOST_SPECIFIC_FIRST = Comparator
      .comparingInt((Directive d) -> d.target == null ? -1 : d.target.length())
      .thenComparing(d -> d.spanName != null)
      .thenComparingInt(d -> d.fields.size())
      .reversed()
      .thenComparing(Directive::selector);

  /** Whether the directive decides from a callsite alone (see the class comment). */
  boolean isStatic() {
    if (spanName != null) {
      return false;
    }
    for (FieldMatch field : fields) {
      if (field.expected() != null) {
        return false;
      }
    }
    return true;
  }

  /** Whether the directive matches spans and enables what happens inside them. */
  boolean isSpanDirective() {
    return spanName != null || !fields.isEmpty();
  }

  /** Whether {@code candidate} is this directive's target or a name under it at a dot. */
  boolean matchesTarget(String candidate) {
    if (target == null) {
      return true;
    }
    return candidate.startsWith(target)
        && (candidate.length() == target.length() || candidate.charAt(target.length()) == '.');
  }

  /**
   * Whether this static directive applies to a callsite: its target matches and, for an event
   * callsite, the callsite declares every field it names. Field names never select spans here; a
   * span with the fields is matched by the span directive role instead.
   */
  boolean appliesStatically(Metadata callsite) {
    if (!matchesTarget(callsite.target())) {
      return false;
    }
    if (fields.isEmpty()) {
      return true;
    }
    return callsite.isEvent() && declaresAll(callsite.fieldNames());
  }

  /**
   * Whether spans of {@code callsite} could match this span directive: the target and name match,
   * and the callsite declares the fields named. A callsite that declares no field at all (a span
   * built at run time, whose fields come with each span) could have them; its spans are checked
   * once created.
   */
  boolean couldMatchSpansOf(Metadata callsite) {
    if (!callsite.isSpan() || !matchesTarget(callsite.target())
        || (spanName != null && !spanName.equals(callsite.name()))) {
      return false;
    }
    List<String> declared = callsite.fieldNames();
    return declared.isEmpty() || declaresAll(declared);
  }

  /** Whether a span's fields have every field named, each with the value given, if any. */
  boolean fieldsMatch(FieldValues spanFields) {
    for (FieldMatch match : fields) {
      int index = spanFields.indexOf(match.name());
      if (index < 0) {
        return false;
      }
      if (match.expected() != null
          && (!spanFields.hasValue(index) || !match.matches(spanFields.value(index)))) {
        return false;
      }
    }
    return true;
  }

  private boolean declaresAll(List<String> declared) {
    for (FieldMatch field : fields) {
      if (!declared.contains(field.name())) {
        return false;
      }
    }
    return true;
  }

  /** Everything but the level: two directives with the same selector compete for the same things. */
  String selector() {
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
    return out.toString();
  }

  /** The canonical form, which the parser reads back to an equal directive. */
  @Override
  public String toString() {
    String selector = selector();
    return selector.isEmpty() ? level.toString() : selector + "=" + level;
  }
}
