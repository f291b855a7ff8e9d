package dev.tracing4j.timeline;

import dev.tracing4j.runtime.format.DurationFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes one self-contained timeline page: {@code page.html} with the style, the script, the
 * header, the cap's notice, the table per span name and the data filled into its slots.
 */
final class TimelinePage {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private TimelinePage() {}

  static void write(Recording recording, String title, Instant startedAt, OutputStream out)
      throws IOException {
    List<String> parts = PageTemplate.PARTS;
    for (int i = 0; i < parts.size(); i++) {
      if (i % 2 == 0) {
        text(out, parts.get(i));
        continue;
      }
      switch (parts.get(i)) {
        case "title" -> text(out, HtmlText.escape(title));
        case "style" -> text(out, PageTemplate.STYLE);
        case "summary" -> text(out, HtmlText.escape(summaryLine(recording, startedAt)));
        case "notice" -> text(out, notice(recording.coverage()));
        case "table" -> text(out, StatisticsTable.html(recording.statistics()));
        case "data" -> DataEncoder.write(recording, title, startedAt, out);
        case "script" -> text(out, PageTemplate.SCRIPT);
        default -> throw new IllegalStateException("page.html has an unknown slot {{"
            + parts.get(i) + "}}");
      }
    }
  }

  /** "Recorded 2026-12-03 06:14:55 UTC for 160ms: 15 spans in 3 requests on 4 threads." */
  static String summaryLine(Recording recording, Instant startedAt) {
    long spans = recording.requests().stream().mapToLong(List::size).sum();
    int requests = recording.requests().size();
    int threads = recording.threads().size();
    return "Recorded " + WHEN.format(startedAt) + " for " + DurationFormat.format(recording.end())
        + ": " + count(spans, "span") + " in " + count(requests, "request") + " on "
        + count(threads, "thread") + ".";
  }

  private static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  private static String notice(Coverage coverage) {
    String notice = coverage.notice();
    return notice == null ? ""
        : "<p class=\"notice\" role=\"note\">" + HtmlText.escape(notice) + "</p>";
  }

  private static void text(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
