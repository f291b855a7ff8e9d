package dev.tracing4j.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders a trace as a tree, in fmt's words: each span as {@code name{fields}} with its state,
 * and under it, two columns further in, its events and child spans in the order they happened.
 * A span created on another thread than its parent names that thread.
 *
 * <pre>
 * recorded 2 spans and 1 event:
 *   handle{request.id="r-1"} (closed)
 *     place{order.id=42} (open, on pool-1-thread-1)
 *        INFO com.shop.OrderService: placed ok=true
 * </pre>
 */
final class TraceTree {

  private static final String INDENT = "  ";

  private TraceTree() {}

  static String render(TraceSnapshot trace) {
    StringBuilder out = new StringBuilder();
    if (trace.spans().isEmpty() && trace.events().isEmpty()) {
      out.append("recorded nothing (work on another thread is recorded only inside a span of"
          + " the test: see Tracing.propagating)");
    } else {
      out.append("recorded ").append(Words.count(trace.spans().size(), "span")).append(" and ")
          .append(Words.count(trace.events().size(), "event")).append(':');
      List<Object> top = new ArrayList<>(trace.roots());
      trace.events().stream().filter(event -> event.spanIndex() < 0).forEach(top::add);
      writeAll(out, top, INDENT);
    }
    if (trace.replacedBy() != null) {
      out.append("\nnote: ").append(trace.replacedBy()).append(" replaced the test recorder as"
          + " global default subscriber while the test ran; what was traced after that is"
          + " missing");
    }
    return out.toString();
  }

  private static void writeAll(StringBuilder out, List<Object> items, String indent) {
    items.sort(Comparator.comparingLong(TraceTree::sequence));
    for (Object item : items) {
      if (item instanceof RecordedSpan span) {
        writeSpan(out, span, indent);
      } else {
        out.append('\n').append(indent).append(((RecordedEvent) item).record().bareLine());
      }
    }
  }

  private static void writeSpan(StringBuilder out, RecordedSpan span, String indent) {
    out.append('\n').append(indent).append(span).append(" (")
        .append(span.isClosed() ? "closed" : "open");
    String parentThread = span.parent().map(RecordedSpan::thread).orElse(span.thread());
    if (!parentThread.equals(span.thread())) {
      out.append(", on ").append(FmtText.escaped(span.thread()));
    }
    out.append(')');
    List<Object> inside = new ArrayList<>(span.children());
    inside.addAll(span.events());
    writeAll(out, inside, indent + INDENT);
  }

  private static long sequence(Object item) {
    return item instanceof RecordedSpan span ? span.sequence() : ((RecordedEvent) item).sequence();
  }
}
