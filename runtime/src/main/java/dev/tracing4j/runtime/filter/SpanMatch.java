package dev.tracing4j.runtime.filter;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.spi.FieldValues;

/**
 * What the span directives of one filter say about one span: the most verbose level that the
 * directives matching it enable inside it, {@link LevelFilter#OFF} while none matches. A span
 * gets one when some span directive could match it; a field recorded later can make it match,
 * never unmatch, as in Rust's {@code EnvFilter}.
 */
final class SpanMatch {

  /** Read by every event decided inside the span, written only when its fields change. */
  private volatile LevelFilter level = LevelFilter.OFF;

  /** Whether a directive that matches the span enables {@code candidate} inside it. */
  boolean enables(Level candidate) {
    return level.enables(candidate);
  }

  /** Matches the span's current fields against {@code directives}, most verbose match winning. */
  synchronized void update(Directive[] directives, SpanData span) {
    FieldValues fields = span.fieldsSnapshot();
    LevelFilter best = level;
    for (Directive directive : directives) {
      if (directive.level().ordinal() < best.ordinal()
          && directive.couldMatchSpansOf(span.metadata())
          && directive.fieldsMatch(fields)) {
        best = directive.level();
      }
    }
    level = best;
  }
}
