package dev.tracing4j.test;

import dev.tracing4j.Level;
import java.util.Map;

/**
 * An event as it was recorded, immutable: the values of the moment, and its fmt text rendered
 * then, as fmt renders it then (with the fields its spans had at that time).
 *
 * @param context the span context as fmt writes it ({@code handle{..}:place{..}}), or empty
 * @param body what fmt writes after the context: the target, the message and the fields
 */
record EventRecord(long sequence, Level level, String target, String message,
    Map<String, Object> fields, SpanState span, String thread, String context, String body) {

  /** The fmt line without its timestamp. */
  String fmtLine() {
    return FmtText.level(level) + " " + (context.isEmpty() ? "" : context + ": ") + body;
  }

  /** The line without the span context, for the tree that shows the context by indentation. */
  String bareLine() {
    return FmtText.level(level) + " " + body;
  }
}
