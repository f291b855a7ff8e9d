package dev.tracing4j.test;

import dev.tracing4j.runtime.registry.Timing;
import dev.tracing4j.runtime.spi.FieldValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a test had recorded at one moment, as an immutable graph: spans with their parents,
 * children, follows-from links and events, and the events in order.
 */
final class TraceSnapshot {

  private final List<RecordedSpan> spans;
  private final List<RecordedEvent> events;
  private final List<RecordedSpan> roots;
  private final int[] parents;
  private final List<List<RecordedSpan>> children;
  private final List<List<RecordedSpan>> followsFrom;
  private final List<List<RecordedEvent>> eventsBySpan;
  private final String replacedBy;

  /** Called with the recording's lock held: the states do not change meanwhile. */
  TraceSnapshot(List<SpanState> states, List<EventRecord> records, String replacedBy) {
    this.replacedBy = replacedBy;
    int count = states.size();
    parents = new int[count];
    List<RecordedSpan> allSpans = new ArrayList<>(count);
    List<List<RecordedSpan>> childLists = new ArrayList<>(count);
    List<List<RecordedEvent>> eventLists = new ArrayList<>(count);
    for (SpanState state : states) {
      FieldValues fields = state.data.fieldsSnapshot();
      Timing timing = state.data.timing();
      allSpans.add(new RecordedSpan(this, state.index, state.data.id(), state.data.name(),
          state.data.target(), state.data.level(), RoutingLayer.fieldMap(fields),
          FmtText.spanFields(fields), state.thread, timing.busyNanos(), timing.idleNanos(),
          List.copyOf(state.lifecycle)));
      parents[state.index] = state.parent == null ? -1 : state.parent.index;
      childLists.add(new ArrayList<>());
      eventLists.add(new ArrayList<>());
    }
    List<RecordedSpan> rootSpans = new ArrayList<>();
    List<List<RecordedSpan>> followLists = new ArrayList<>(count);
    for (SpanState state : states) {
      RecordedSpan span = allSpans.get(state.index);
      if (state.parent == null) {
        rootSpans.add(span);
      } else {
        childLists.get(state.parent.index).add(span);
      }
      followLists.add(state.followsFrom.stream().map(cause -> allSpans.get(cause.index)).toList());
    }
    List<RecordedEvent> allEvents = new ArrayList<>(records.size());
    for (EventRecord record : records) {
      int spanIndex = record.span() == null ? -1 : record.span().index;
      RecordedEvent event = new RecordedEvent(this, record, spanIndex);
      allEvents.add(event);
      if (spanIndex >= 0) {
        eventLists.get(spanIndex).add(event);
      }
    }
    this.spans = List.copyOf(allSpans);
    this.events = List.copyOf(allEvents);
    this.roots = List.copyOf(rootSpans);
    this.children = childLists.stream().map(List::copyOf).toList();
    this.followsFrom = followLists;
    this.eventsBySpan = eventLists.stream().map(List::copyOf).toList();
  }

  List<RecordedSpan> spans() {
    return spans;
  }

  List<RecordedSpan> spans(String name) {
    return spans.stream().filter(span -> span.name().equals(name)).toList();
  }

  List<RecordedEvent> events() {
    return events;
  }

  List<RecordedSpan> roots() {
    return roots;
  }

  Optional<RecordedSpan> parentOf(int index) {
    int parent = parents[index];
    return parent < 0 ? Optional.empty() : Optional.of(spans.get(parent));
  }

  List<RecordedSpan> childrenOf(int index) {
    return children.get(index);
  }

  List<RecordedSpan> followsFromOf(int index) {
    return followsFrom.get(index);
  }

  List<RecordedEvent> eventsOf(int index) {
    return eventsBySpan.get(index);
  }

  /** This snapshot's version of {@code span}, which may come from an earlier query. */
  Optional<RecordedSpan> find(RecordedSpan span) {
    if (span.trace() == this) {
      return Optional.of(span);
    }
    int index = span.index();
    return index < spans.size() && spans.get(index).id() == span.id()
        ? Optional.of(spans.get(index)) : Optional.empty();
  }

  /** What replaced the recorder as global default while the test ran, or {@code null}. */
  String replacedBy() {
    return replacedBy;
  }

  /** One fmt line per event, without timestamps, each ending with a line break. */
  String fmt() {
    StringBuilder out = new StringBuilder();
    for (RecordedEvent event : events) {
      out.append(event.record().fmtLine()).append('\n');
    }
    return out.toString();
  }
}
