package dev.tracing4j.runtime.format;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * UTC timestamps with microseconds, {@code 2026-11-24T10:15:30.123456Z}, formatted without
 * allocation once per second.
 */
public final class UtcTimestamp {

  /** The length of a formatted timestamp. */
  public static final int LENGTH = 27;

  private static volatile CachedSecond cached =
      new CachedSecond(Long.MIN_VALUE, new char[20], new byte[20]);

  /** "yyyy-MM-ddTHH:mm:ss." for one epoch second, as characters and as ASCII bytes. */
  private record CachedSecond(long epochSecond, char[] prefix, byte[] asciiPrefix) {}

  private UtcTimestamp() {}

  /** Writes {@code instant} into {@code out} from {@code offset}; returns the end offset. */
  public static int format(Instant instant, char[] out, int offset) {
    return format(instant.getEpochSecond(), instant.getNano(), out, offset);
  }

  /** Writes the timestamp of {@code epochSecond} and {@code nanos} into {@code out}. */
  public static int format(long epochSecond, int nanos, char[] out, int offset) {
    char[] prefix = second(epochSecond).prefix();
    System.arraycopy(prefix, 0, out, offset, prefix.length);
    int pos = offset + prefix.length;
    int micros = nanos / 1000;
    for (int i = 5; i >= 0; i--) {
      out[pos + i] = (char) ('0' + micros % 10);
      micros /= 10;
    }
    out[pos + 6] = 'Z';
    return pos + 7;
  }

  /** Writes the timestamp as ASCII bytes into {@code out} from {@code offset}; returns the end. */
  public static int formatAscii(long epochSecond, int nanos, byte[] out, int offset) {
    byte[] prefix = second(epochSecond).asciiPrefix();
    System.arraycopy(prefix, 0, out, offset, prefix.length);
    int pos = offset + prefix.length;
    int micros = nanos / 1000;
    for (int i = 5; i >= 0; i--) {
      out[pos + i] = (byte) ('0' + micros % 10);
      micros /= 10;
    }
    out[pos + 6] = 'Z';
    return pos + 7;
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

  /** The timestamp as a string. */
  public static String format(Instant instant) {
    char[] out = new char[LENGTH + 8];
    int end = format(instant, out, 0);
    return new String(out, 0, end);
  }

  private static char[] prefix(long epochSecond) {
    LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d.", time.getYear(),
        time.getMonthValue(), time.getDayOfMonth(), time.getHour(), time.getMinute(),
        time.getSecond());
    return text.toCharArray();
  }
}
