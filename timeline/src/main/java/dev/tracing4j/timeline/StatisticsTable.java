package dev.tracing4j.timeline;

import dev.tracing4j.runtime.format.DurationFormat;
import java.util.List;
import java.util.Locale;

/**
 * The table per span name as an HTML {@code <table>}: readable without scripts, by a screen
 * reader and by a test. Each cell carries its exact value in {@code data-value}, which the page's
 * script sorts by when a column header is clicked.
 */
final class StatisticsTable {
  static final String ID = "span-statistics";

  private StatisticsTable() {}

  static String html(List<SpanNameRow> rows) {
    StringBuilder out = new StringBuilder(256 + rows.size() * 400);
    out.append("<table id=\"").append(ID).append("\" class=\"statistics\">\n")
        .append("<caption>Every closed span by name, most total busy time first. A duration runs"
            + " from creation to close; busy is the share of it during which a thread was inside"
            + " the span.</caption>\n<thead><tr>");
    for (String header : SummaryText.HEADERS) {
      boolean text = header.equals("span");
      out.append("<th scope=\"col\" data-sort=\"").append(text ? "text" : "number")
          .append("\" aria-sort=\"none\"><button type=\"button\">").append(header)
          .append("</button></th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (SpanNameRow row : rows) {
      out.append("<tr><th scope=\"row\" data-value=\"").append(HtmlText.escape(row.name()))
          .append("\">").append(HtmlText.escape(row.name())).append("</th>");
      out.append("<td data-value=\"").append(row.count()).append("\">").append(row.count())
          .append("</td>");
      duration(out, row.totalNanos());
      duration(out, row.meanNanos());
      duration(out, row.p50Nanos());
      duration(out, row.p99Nanos());
      duration(out, row.maxNanos());
      out.append("<td data-value=\"").append(String.format(Locale.ROOT, "%.6f", row.busyShare()))
          .append("\">").append(SummaryText.percent(row.busyShare())).append("</td></tr>\n");
    }
    if (rows.isEmpty()) {
      out.append("<tr><td colspan=\"").append(SummaryText.HEADERS.size())
          .append("\">No span closed.</td></tr>\n");
    }
    return out.append("</tbody>\n</table>").toString();
  }

  private static void duration(StringBuilder out, long nanos) {
    out.append("<td data-value=\"").append(nanos).append("\">")
        .append(DurationFormat.format(nanos)).append("</td>");
  }
}
