package dev.tracing4j.console;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * At shutdown, names on stderr each span still open (name, id, target), oldest first: a span that
 * never closed is work that never finished, or a future nobody completed.
 */
final class OpenSpansReport {
  static final int MAX_LISTED = 100;

  private OpenSpansReport() {}

  static void print(SpanTable table, PrintStream out) {
    List<SpanRecord> open = new ArrayList<>();
    table.open().forEach(open::add);
    if (open.isEmpty()) {
      return;
    }
    open.sort(Comparator.comparingLong(SpanRecord::id));
    StringBuilder text = new StringBuilder();
    text.append("tracing4j console: ").append(open.size())
        .append(open.size() == 1 ? " span was" : " spans were").append(" still open at exit:")
        .append(System.lineSeparator());
    for (SpanRecord span : open.subList(0, Math.min(MAX_LISTED, open.size()))) {
      text.append("  ").append(ConsoleMessages.printable(span.span.name())).append(" id=").append(span.id())
          .append(" target=").append(ConsoleMessages.printable(span.span.target())).append(System.lineSeparator());
    }
    if (open.size() > MAX_LISTED) {
      text.append("  ... and ").append(open.size() - MAX_LISTED).append(" more")
          .append(System.lineSeparator());
    }
    synchronized (out) {
      out.print(text);
      out.flush();
    }
  }
}
