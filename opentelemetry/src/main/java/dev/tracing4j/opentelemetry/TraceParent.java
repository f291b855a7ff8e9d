package dev.tracing4j.opentelemetry;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;

/**
 * The W3C {@code traceparent} header, {@code 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>},
 * read strictly: anything but lower-case hex digits, a separator out of place, a wrong length,
 * version {@code ff}, or an all-zero id makes the header invalid. Of the flags only "sampled" (bit
 * 0) is kept; the reserved bits are not propagated.
 */
final class TraceParent {

  static final int LENGTH = 55;
  private static final int TRACE_ID_AT = 3;
  private static final int SPAN_ID_AT = 36;
  private static final int FLAGS_AT = 53;

  private TraceParent() {}

  /** The remote span context {@code header} names, or {@code null} when it is invalid. */
  static SpanContext parse(String header) {
    if (header == null || header.length() < LENGTH) {
      return null;
    }
    if (!isHex(header, 0, 2) || header.startsWith("ff")) {
      return null;
    }
    // Version 00 is exactly 55 characters; a later version may append fields after a '-'.
    boolean version00 = header.startsWith("00");
    if (version00 ? header.length() != LENGTH
        : header.length() > LENGTH && header.charAt(LENGTH) != '-') {
      return null;
    }
    if (header.charAt(2) != '-' || header.charAt(SPAN_ID_AT - 1) != '-'
        || header.charAt(FLAGS_AT - 1) != '-') {
      return null;
    }
    if (!isHex(header, TRACE_ID_AT, SPAN_ID_AT - 1) || !isHex(header, SPAN_ID_AT, FLAGS_AT - 1)
        || !isHex(header, FLAGS_AT, LENGTH)) {
      return null;
    }
    if (isZero(header, TRACE_ID_AT, SPAN_ID_AT - 1) || isZero(header, SPAN_ID_AT, FLAGS_AT - 1)) {
      return null;
    }
    boolean sampled = (Character.digit(header.charAt(FLAGS_AT + 1), 16) & 1) != 0;
    return SpanContext.createFromRemoteParent(
        header.substring(TRACE_ID_AT, SPAN_ID_AT - 1),
        header.substring(SPAN_ID_AT, FLAGS_AT - 1),
        sampled ? TraceFlags.getSampled() : TraceFlags.getDefault(),
        TraceState.getDefault());
  }

  /** The header for {@code context}, or {@code null} when it is not a valid span context. */
  static String format(SpanContext context) {
    if (context == null || !context.isValid()) {
      return null;
    }
    return "00-" + context.getTraceId() + "-" + context.getSpanId()
        + (context.isSampled() ? "-01" : "-00");
  }

  private static boolean isHex(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isZero(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }
}
