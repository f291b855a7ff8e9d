package dev.tracing4j.console;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations written as people write them in a property: {@code 100ms}, {@code 10s}. */
final class DurationSetting {
  static final String ACCEPTED =
      "expected a positive duration such as 250ms, 10s or 2m (units: ns, us, ms, s, m, h)";
  private static final Pattern FORM = Pattern.compile("(\\d{1,12})\\s*(ns|us|\u00b5s|ms|s|m|h)");

  private DurationSetting() {}

  /** The duration {@code text} names, or {@code null} when it is not a positive one. */
  static Duration parse(String text) {
    Matcher matcher = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      return null;
    }
    long amount = Long.parseLong(matcher.group(1));
    if (amount == 0) {
      return null;
    }
    return switch (matcher.group(2)) {
      case "ns" -> Duration.ofNanos(amount);
      case "us", "\u00b5s" -> Duration.ofNanos(amount * 1_000);
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
  }
}
