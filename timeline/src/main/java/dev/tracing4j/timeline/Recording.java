package dev.tracing4j.timeline;

import java.util.List;

/**
 * Everything one timeline page is made from.
 *
 * @param end nanoseconds from the start of the recording to its end
 * @param threads thread names, by the index that intervals and events refer to
 * @param requests the kept requests in the order they started, each its spans in any order
 * @param looseEvents events outside every span, in the order they were recorded
 * @param statistics one row per span name, for every span that closed
 * @param coverage how much of what was recorded the page holds
 */
record Recording(long end, List<String> threads, List<List<SpanRecord>> requests,
    List<EventRecord> looseEvents, List<SpanNameRow> statistics, Coverage coverage) {}
