package dev.tracing4j.test;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** How failure messages say counts, durations and lists. */
final class Words {
  private Words() {}

  /** {@code 1 span}, {@code 2 spans}. */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** {@code 10s}, {@code 250ms}. */
  static String duration(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }

  /** Items as {@code a, b, c}. */
  static String list(List<?> items) {
    return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
