package dev.tracing4j.timeline;

import dev.tracing4j.runtime.format.DurationFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table per span name as text for a terminal: a title line, then one line per name, most
 * total busy time first, columns aligned (names to the left, numbers to the right).
 *
 * <pre>
 * tracing4j summary: 9 spans of 3 names, most busy time first
 * span      count  total   mean    p50    p99    max   busy
 * checkout      3  195ms  65.0ms 60.0ms 75.0ms 75.0ms  40.0%
 * </pre>
 */
final class SummaryText {

  static final List<String> HEADERS =
      List.of("span", "count", "total", "mean", "p50", "p99", "max", "busy");

  private SummaryText() {}

  static String format(List<SpanNameRow> rows) {
    String newline = System.lineSeparator();
    long spans = rows.stream().mapToLong(SpanNameRow::count).sum();
    StringBuilder out = new StringBuilder("tracing4j summary: ");
    if (rows.isEmpty()) {
      return out.append("no span closed").append(newline).toString();
    }
    out.append(spans).append(spans == 1 ? " span" : " spans").append(" of ").append(rows.size())
        .append(rows.size() == 1 ? " name" : " names").append(", most busy time first")
        .append(newline);

    List<String[]> cells = new ArrayList<>();
    cells.add(HEADERS.toArray(String[]::new));
    for (SpanNameRow row : rows) {
      cells.add(cells(row));
    }
    int[] widths = new int[HEADERS.size()];
    for (String[] line : cells) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    for (String[] line : cells) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < line.length; i++) {
        if (i == 0) {
          text.append(line[0]).append(" ".repeat(widths[0] - line[0].length()));
        } else {
          text.append("  ").append(" ".repeat(widths[i] - line[i].length())).append(line[i]);
        }
      }
      out.append(text).append(newline);
    }
    return out.toString();
  }

  private static String[] cells(SpanNameRow row) {
    return new String[] {
      TerminalText.escape(row.name()),
      Long.toString(row.count()),
      DurationFormat.format(row.totalNanos()),
      DurationFormat.format(row.meanNanos()),
      DurationFormat.format(row.p50Nanos()),
      DurationFormat.format(row.p99Nanos()),
      DurationFormat.format(row.maxNanos()),
      percent(row.busyShare())
    };
  }

  /** {@code 40.0%}: one decimal, so a share near 0 or 100 is not rounded into it. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
