package dev.tracing4j.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one request in the order the page shows them: each span right after its parent,
 * siblings in the order they started. A span whose parent is not among the records (it cannot
 * happen with {@link Retention}, but a page must not lose rows) is shown as a root.
 */
final class DisplayOrder {

  private static final Comparator<SpanRecord> BY_START =
      Comparator.comparingLong(SpanRecord::start).thenComparingLong(SpanRecord::id);

  private DisplayOrder() {}

  /** The spans of {@code request} in page order, each with the index of its parent or -1. */
  static List<Row> of(List<SpanRecord> request) {
    Map<Long, SpanRecord> byId = new HashMap<>();
    request.forEach(record -> byId.put(record.id(), record));
    Map<Long, List<SpanRecord>> children = new HashMap<>();
    List<SpanRecord> roots = new ArrayList<>();
    for (SpanRecord record : request) {
      if (record.parentId() != 0 && byId.containsKey(record.parentId())) {
        children.computeIfAbsent(record.parentId(), id -> new ArrayList<>()).add(record);
      } else {
        roots.add(record);
      }
    }
    roots.sort(BY_START);
    children.values().forEach(list -> list.sort(BY_START));
    List<Row> rows = new ArrayList<>(request.size());
    // Depth-first without recursion: a chain of nested spans may be deeper than the stack.
    List<Row> stack = new ArrayList<>();
    for (int r = roots.size() - 1; r >= 0; r--) {
      stack.add(new Row(roots.get(r), -1));
    }
    while (!stack.isEmpty()) {
      Row row = stack.remove(stack.size() - 1);
      int index = rows.size();
      rows.add(row);
      List<SpanRecord> kids = children.getOrDefault(row.span().id(), List.of());
      for (int k = kids.size() - 1; k >= 0; k--) {
        stack.add(new Row(kids.get(k), index));
      }
    }
    return rows;
  }

  /** A span and the index of its parent's row within the request, or -1 for a root. */
  record Row(SpanRecord span, int parent) {}
}
