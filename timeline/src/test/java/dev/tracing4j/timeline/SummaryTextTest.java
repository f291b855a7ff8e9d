package dev.tracing4j.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary's text, exact, for statistics given directly. */
class SummaryTextTest {
  private static final long MS = 1_000_000;

  @Test
  void oneAlignedLinePerSpanNameMostTotalBusyTimeFirst() {
    SpanStatistics statistics = new SpanStatistics();
    // checkout: 3 spans of 60, 60 and 75 ms, busy 40% of the time: 78 ms busy in all.
    statistics.add("checkout", 60 * MS, 24 * MS);
    statistics.add("checkout", 60 * MS, 24 * MS);
    statistics.add("checkout", 75 * MS, 30 * MS);
    // charge: more time in all (250 ms) but less of it busy (25 ms).
    statistics.add("charge", 250 * MS, 25 * MS);
    // reserve: short and always busy; 3.6 ms busy.
    statistics.add("reserve", 1_200_000, 1_200_000);
    statistics.add("reserve", 2_400_000, 2_400_000);

    assertEquals(String.join(System.lineSeparator(),
        "tracing4j summary: 6 spans of 3 names, most busy time first",
        "span      count   total    mean     p50     p99     max    busy",
        "checkout      3   195ms  65.0ms  60.0ms  75.0ms  75.0ms   40.0%",
        "charge        1   250ms   250ms   250ms   250ms   250ms   10.0%",
        "reserve       2  3.60ms  1.80ms  1.20ms  2.40ms  2.40ms  100.0%",
        ""), SummaryText.format(statistics.rows()));
  }

  @Test
  void saysSoWhenNoSpanClosed() {
    assertEquals("tracing4j summary: no span closed" + System.lineSeparator(),
        SummaryText.format(List.of()));
  }

  @Test
  void controlAndBidirectionalCharactersInANameCannotRewriteTheTerminal() {
    SpanStatistics statistics = new SpanStatistics();
    statistics.add("evil\u001b[2J\u202ename", MS, MS);
    String text = SummaryText.format(statistics.rows());
    assertEquals("evil\\u001b[2J\\u202ename      1  1.00ms  1.00ms  1.00ms  1.00ms  1.00ms  100.0%",
        text.lines().toList().get(2));
  }
}
