package dev.tracing4j.timeline;

import java.util.List;

/**
 * A span as the timeline keeps it once it closed (or when the recording ended while it was open).
 * The arrays are owned by the record: nobody writes them after it is made.
 *
 * @param id the registry's span id
 * @param parentId the id of its nearest recorded ancestor, or 0 for a root
 * @param name the span name
 * @param target the span's target
 * @param fields names and values, alternating, as they were when it closed
 * @param start nanoseconds since the recording started, when it was created
 * @param end when it closed, or when the recording ended for an open span
 * @param open whether it was still open when the recording ended
 * @param intervals the intervals it was entered, as triples start, end, thread index
 * @param events the events that happened inside it, in the order they were recorded
 */
record SpanRecord(long id, long parentId, String name, String target, String[] fields, long start,
    long end, boolean open, long[] intervals, List<EventRecord> events) {

  int intervalCount() {
    return intervals.length / 3;
  }
}
