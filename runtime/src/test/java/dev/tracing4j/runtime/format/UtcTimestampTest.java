package dev.tracing4j.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UtcTimestampTest {

  @Test
  void timestampsHaveMicrosecondsAndHandleTimesBeforeTheEpoch() {
    assertEquals("2026-11-24T10:15:30.123456Z", UtcTimestamp.format(1_795_515_330_123_456_789L));
    assertEquals("2026-11-24T10:15:30.000001Z", UtcTimestamp.format(1_795_515_330_000_001_000L));
    assertEquals("1969-12-31T23:59:59.500000Z", UtcTimestamp.format(-500_000_000L));
    byte[] ascii = new byte[UtcTimestamp.LENGTH + 3];
    int end = UtcTimestamp.formatAscii(1_795_515_330_987_654_000L, ascii, 3);
    assertEquals("2026-11-24T10:15:30.987654Z", new String(ascii, 3, end - 3,
        StandardCharsets.US_ASCII));
  }

  @Test
  void theLastTimeThatNanosecondsHoldStillHasTheUsualLength() {
    String text = UtcTimestamp.format(Long.MAX_VALUE);
    assertEquals("2262-04-11T23:47:16.854775Z", text);
    assertEquals(UtcTimestamp.LENGTH, text.length());
  }
}
