package dev.tracing4j.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The W3C traceparent header, read strictly. */
class TraceParentTest {

  private static final String VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  @Test
  void aValidHeaderNamesARemoteSampledSpanContext() {
    SpanContext context = TraceParent.parse(VALID);
    assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", context.getTraceId());
    assertEquals("00f067aa0ba902b7", context.getSpanId());
    assertTrue(context.isSampled());
    assertTrue(context.isRemote());
  }

  @Test
  void flagsWithoutTheSampledBitGiveAnUnsampledContext() {
    assertFalse(TraceParent.parse(VALID.replace("-01", "-00")).isSampled());
  }

  @Test
  void reservedFlagBitsAreNotPropagated() {
    SpanContext sampled = TraceParent.parse(VALID.substring(0, 53) + "ff");
    assertEquals(TraceFlags.getSampled(), sampled.getTraceFlags());
    SpanContext unsampled = TraceParent.parse(VALID.substring(0, 53) + "fe");
    assertEquals(TraceFlags.getDefault(), unsampled.getTraceFlags());
    assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
        TraceParent.format(unsampled));
  }

  @Test
  void aLaterVersionMayCarryMoreFieldsAfterADash() {
    assertEquals("00f067aa0ba902b7",
        TraceParent.parse("01" + VALID.substring(2) + "-what-comes-next").getSpanId());
    assertEquals("00f067aa0ba902b7", TraceParent.parse("cc" + VALID.substring(2)).getSpanId());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0",          // too short
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-011",        // too long for 00
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-",        // version 00 is 55 long
      "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01x",        // later version, no dash
      "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",         // version ff
      "0g-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",         // version not hex
      "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",         // upper-case trace id
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00F067AA0BA902B7-01",         // upper-case span id
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0A",         // upper-case flags
      "00-4bf92f3577b34da6a3ce929d0e0e473z-00f067aa0ba902b7-01",         // non-hex trace id
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902bz-01",         // non-hex span id
      "00-00000000000000000000000000000000-00f067aa0ba902b7-01",         // all-zero trace id
      "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",         // all-zero span id
      "00_4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",         // bad separator
      "00-4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7-01",         // bad separator
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7_01",         // bad separator
      "00-4bf92f3577b34da6a3ce929d0e0e47-3600f067aa0ba902b7-01",         // misplaced separator
      " 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",        // leading space
  })
  void anInvalidHeaderNamesNothing(String header) {
    assertNull(TraceParent.parse(header), header);
  }

  @Test
  void nullNamesNothing() {
    assertNull(TraceParent.parse(null));
  }

  @Test
  void formatWritesVersion00WithTheSampledFlagOnly() {
    SpanContext context = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
        TraceFlags.fromByte((byte) 0x03), TraceState.getDefault());
    assertEquals(VALID, TraceParent.format(context));
    assertEquals(VALID, TraceParent.format(TraceParent.parse(VALID)));
  }

  @Test
  void anInvalidContextHasNoHeader() {
    assertNull(TraceParent.format(SpanContext.getInvalid()));
    assertNull(TraceParent.format(null));
  }
}
