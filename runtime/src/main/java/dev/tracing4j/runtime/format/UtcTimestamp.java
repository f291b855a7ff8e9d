package dev.tracing4j.runtime.format;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * UTC timestamps with microseconds, {@code 2026-11-24T10:15:30.123456Z}, formatted without
 * allocation: the part up to the second is rendered once per second and reused.
 *
 * <pre>{@code
 * byte[] line = new byte[UtcTimestamp.LENGTH];
 * int end = UtcTimestamp.formatAscii(WallClock.of(Clock.systemUTC()).epochNanos(), line, 0);
 * }</pre>
 */
public final class UtcTimestamp {

  /** The length of a timestamp: every time that nanoseconds since the epoch hold (1677-2262). */
  public static final int LENGTH = 27;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  /** "00" to "99", so that the six digits of the microseconds take three lookups. */
  private static final byte[] TWO_DIGITS = new byte[200];

  static {
    for (int i = 0; i < 100; i++) {
      TWO_DIGITS[2 * i] = (byte) ('0' + i / 10);
      TWO_DIGITS[2 * i + 1] = (byte) ('0' + i % 10);
    }
  }

  private static volatile CachedSecond cached =
      new CachedSecond(Long.MIN_VALUE, new char[0], new byte[0]);

  /** "yyyy-MM-ddTHH:mm:ss." for one epoch second, as characters and as ASCII bytes. */
  private record CachedSecond(long epochSecond, char[] prefix, byte[] asciiPrefix) {}

  private UtcTimestamp() {}

  /** Writes the timestamp of {@code epochNanos} into {@code out} from {@code offset}; returns the end. */
  public static int format(long epochNanos, char[] out, int offset) {
    long epochSecond = Math.floorDiv(epochNanos, NANOS_PER_SECOND);
    char[] prefix = second(epochSecond).prefix();
    System.arraycopy(prefix, 0, out, offset, prefix.length);
    int pos = offset + prefix.length;
    int micros = (int) ((epochNanos - epochSecond * NANOS_PER_SECOND) / 1000);
    for (int i = 5; i >= 0; i--) {
      out[pos + i] = (char) ('0' + micros % 10);
      micros /= 10;
    }
    out[pos + 6] = 'Z';
    return pos + 7;
  }

  /** Writes the timestamp of {@code epochNanos} as ASCII bytes into {@code out}; returns the end. */
  public static int formatAscii(long epochNanos, byte[] out, int offset) {
    long epochSecond = Math.floorDiv(epochNanos, NANOS_PER_SECOND);
    byte[] prefix = second(epochSecond).asciiPrefix();
    System.arraycopy(prefix, 0, out, offset, prefix.length);
    int pos = offset + prefix.length;
    int micros = (int) ((epochNanos - epochSecond * NANOS_PER_SECOND) / 1000);
    int high = micros / 10_000;
    int rest = micros - high * 10_000;
    int middle = rest / 100;
    int low = rest - middle * 100;
    out[pos] = TWO_DIGITS[2 * high];
    out[pos + 1] = TWO_DIGITS[2 * high + 1];
    out[pos + 2] = TWO_DIGITS[2 * middle];
    out[pos + 3] = TWO_DIGITS[2 * middle + 1];
    out[pos + 4] = TWO_DIGITS[2 * low];
    out[pos + 5] = TWO_DIGITS[2 * low + 1];
    out[pos + 6] = 'Z';
    return pos + 7;
  }

  /** The timestamp of {@code epochNanos} as a string. */
  public static String format(long epochNanos) {
    char[] out = new char[LENGTH];
    int end = format(epochNanos, out, 0);
    return new String(out, 0, end);
  }

  private static CachedSecond second(long epochSecond) {
    CachedSecond second = cached;
    if (second.epochSecond() != epochSecond) {
      char[] prefix = prefix(epochSecond);
      byte[] ascii = new byte[prefix.length];
      for (int i = 0; i < prefix.length; i++) {
        ascii[i] = (byte) prefix[i];
      }
      second = new CachedSecond(epochSecond, prefix, ascii);
      cached = second;
    }
    return second;
  }

  private static char[] prefix(long epochSecond) {
    LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d.", time.getYear(),
        time.getMonthValue(), time.getDayOfMonth(), time.getHour(), time.getMinute(),
        time.getSecond());
    return text.toCharArray();
  }
}
