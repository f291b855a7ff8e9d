package dev.tracing4j.runtime.format;

/**
 * Durations with three significant digits and the largest unit that keeps the number under 1000:
 * {@code 12.3ns}, {@code 801µs}, {@code 1.20ms}, {@code 3.40s}.
 */
public final class DurationFormat {

  private static final String[] UNITS = {"ns", "\u00b5s", "ms", "s"};

  private DurationFormat() {}

  /** Formats {@code nanos}; negative values are printed as zero. */
  public static String format(long nanos) {
    StringBuilder out = new StringBuilder(8);
    append(out, nanos);
    return out.toString();
  }

  /** Appends {@code nanos} formatted. */
  public static void append(StringBuilder out, long nanos) {
    double value = Math.max(0, nanos);
    int unit = 0;
    // Thresholds are the rounding boundaries, so 999.6ns prints as 1.00µs, never 1000ns.
    while (unit < UNITS.length - 1 && value >= 999.5) {
      value /= 1000;
      unit++;
    }
    if (value < 9.995) {
      appendFixed(out, value, 2);
    } else if (value < 99.95) {
      appendFixed(out, value, 1);
    } else {
      out.append(Math.round(value));
    }
    out.append(UNITS[unit]);
  }

  private static void appendFixed(StringBuilder out, double value, int decimals) {
    long scale = decimals == 2 ? 100 : 10;
    long scaled = Math.round(value * scale);
    out.append(scaled / scale).append('.');
    long fraction = scaled % scale;
    if (decimals == 2 && fraction < 10) {
      out.append('0');
    }
    out.append(fraction);
  }
}
