package dev.tracing4j.timeline;

import java.util.Locale;

/**
 * How much of what the program recorded the page holds, and the sentence that says so when the
 * cap left something out.
 *
 * @param cap the cap, {@code tracing4j.timeline.cap}
 * @param requestsSeen root spans the program created
 * @param requestsKept root spans on the page
 * @param spansSeen spans the program created
 * @param spansKept spans on the page
 * @param eventsSeen events the program recorded
 * @param eventsKept events on the page
 */
record Coverage(int cap, long requestsSeen, long requestsKept, long spansSeen, long spansKept,
    long eventsSeen, long eventsKept) {

  boolean complete() {
    return spansKept == spansSeen && eventsKept == eventsSeen;
  }

  /**
   * {@code null} when the page holds everything; else, for example: "This timeline holds the 812
   * slowest of 10,000 requests: 99,000 of 1,234,567 spans and 1,000 of 5,000 events, as the cap
   * tracing4j.timeline.cap is 100,000 spans and events. The table covers every span."
   */
  String notice() {
    if (complete()) {
      return null;
    }
    String what = requestsKept == requestsSeen
        ? String.format(Locale.ROOT, "every request (%,d) but not all that happened in them",
            requestsSeen)
        : String.format(Locale.ROOT, "the %,d slowest of %,d requests", requestsKept,
            requestsSeen);
    return String.format(Locale.ROOT, "This timeline holds %s: %,d of %,d spans and %,d of %,d"
        + " events, as the cap tracing4j.timeline.cap is %,d spans and events. The table covers"
        + " every span.", what, spansKept, spansSeen, eventsKept, eventsSeen, cap);
  }
}
