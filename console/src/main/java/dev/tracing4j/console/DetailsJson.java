package dev.tracing4j.console;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tracing4j.runtime.format.StructuralNames;
import dev.tracing4j.runtime.json.JsonText;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.registry.Timing;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/rows/<id>}: one row's details, made when asked for from what the recording side
 * keeps: its span subtree (with the subtrees of the tasks it spawned), its recent events and the
 * histograms of its poll and scheduling times. Times in the subtree are nanoseconds from the
 * row's creation.
 */
final class DetailsJson {
  /** Spans written at most, so a row with many descendants still answers quickly. */
  static final int MAX_SPANS = 1_000;

  private DetailsJson() {}

  static byte[] of(TrackedSpan row, Aggregator aggregator) {
    long now = System.nanoTime();
    RowView view = row.isClosed() && row.doneView() != null
        ? row.doneView() : RowView.of(row, now, aggregator.clock(), aggregator.warnings());
    long origin = row.span.createdNanos();
    List<SpanRecord> spans = new ArrayList<>();
    long[] dropped = {0};
    collect(row, spans, new HashSet<>(), dropped);
    return ConsoleJson.bytes(json -> {
      json.writeStartObject();
      json.writeNumberField("version", ConsoleJson.VERSION);
      json.writeFieldName("row");
      ConsoleJson.row(json, view);
      json.writeArrayFieldStart("spans");
      for (SpanRecord span : spans) {
        span(json, span, span == row ? null : span.parent, origin, now);
      }
      json.writeEndArray();
      json.writeNumberField("spans_dropped", dropped[0]);
      events(json, row, aggregator.clock());
      json.writeObjectFieldStart("histograms");
      histogram(json, "poll", row.pollTimes.summary());
      histogram(json, "scheduled", row.scheduledTimes.summary());
      json.writeEndObject();
      json.writeEndObject();
    });
  }

  /** The row, then each span of its subtree, depth first in creation order. */
  private static void collect(TrackedSpan row, List<SpanRecord> out, Set<Long> seen,
      long[] dropped) {
    if (!seen.add(row.id())) {
      return;
    }
    out.add(row);
    dropped[0] += row.subtree.dropped();
    for (SpanRecord span : row.subtree.list()) {
      if (out.size() >= MAX_SPANS) {
        dropped[0]++;
      } else if (span instanceof TrackedSpan task) {
        collect(task, out, seen, dropped);
      } else {
        out.add(span);
      }
    }
  }

  private static void span(JsonGenerator json, SpanRecord record, SpanRecord parent, long origin,
      long now) throws IOException {
    SpanData span = record.span;
    long end = record.isClosed() ? record.closedNanos() : now;
    Timing timing = span.timing();
    json.writeStartObject();
    json.writeNumberField("id", record.id());
    if (parent == null) {
      json.writeNullField("parent");
    } else {
      json.writeNumberField("parent", parent.id());
    }
    json.writeStringField("name", JsonText.sanitize(span.name()));
    json.writeStringField("target", JsonText.sanitize(span.target()));
    json.writeStringField("level", span.level().name());
    json.writeStringField("state", record.state().wireName());
    json.writeBooleanField("row", record instanceof TrackedSpan);
    ConsoleJson.location(json, span.metadata().file(), span.metadata().line());
    ConsoleJson.fields(json, span.fieldsSnapshot());
    json.writeNumberField("start_ns", span.createdNanos() - origin);
    if (record.isClosed()) {
      json.writeNumberField("end_ns", end - origin);
    } else {
      json.writeNullField("end_ns");
    }
    json.writeNumberField("busy_ns", timing.busyNanos());
    json.writeNumberField("idle_ns", timing.idleNanos());
    json.writeNumberField("polls", record.polls());
    json.writeArrayFieldStart("intervals");
    for (BusyIntervals.Interval interval : record.intervals().list()) {
      json.writeStartObject();
      json.writeNumberField("start_ns", interval.startNanos() - origin);
      json.writeNumberField("end_ns", interval.endNanos() - origin);
      json.writeStringField("thread", JsonText.sanitize(interval.thread()));
      json.writeEndObject();
    }
    if (record.isRunning()) {
      json.writeStartObject(); // the busy period under way, up to now
      json.writeNumberField("start_ns", record.busySinceNanos() - origin);
      json.writeNumberField("end_ns", now - origin);
      json.writeNullField("thread");
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeNumberField("intervals_dropped",
        Math.max(0, record.intervals().count() - BusyIntervals.CAPACITY));
    json.writeEndObject();
  }

  private static void events(JsonGenerator json, TrackedSpan row, Clock clock)
      throws IOException {
    List<RecentEvents.RecordedEvent> events = row.events.list();
    json.writeArrayFieldStart("events");
    for (RecentEvents.RecordedEvent event : events) {
      json.writeStartObject();
      json.writeNumberField("time", clock.epochMicros(event.nanos()));
      json.writeStringField("level", event.level().name());
      json.writeStringField("target", JsonText.sanitize(event.target()));
      json.writeStringField("thread", JsonText.sanitize(event.thread()));
      json.writeObjectFieldStart("span");
      json.writeNumberField("id", event.spanId());
      json.writeStringField("name", JsonText.sanitize(event.spanName()));
      json.writeEndObject();
      ConsoleJson.fields(json, event.fields(), StructuralNames.EVENT);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeNumberField("events_dropped", Math.max(0, row.events.count() - events.size()));
  }

  private static void histogram(JsonGenerator json, String name, HistogramSummary summary)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeNumberField("count", summary.count());
    json.writeNumberField("min_ns", summary.minNanos());
    json.writeNumberField("mean_ns", summary.meanNanos());
    json.writeNumberField("p50_ns", summary.p50Nanos());
    json.writeNumberField("p90_ns", summary.p90Nanos());
    json.writeNumberField("p99_ns", summary.p99Nanos());
    json.writeNumberField("max_ns", summary.maxNanos());
    json.writeNumberField("high_outliers", summary.highOutliers());
    json.writeArrayFieldStart("buckets");
    for (long count : summary.buckets()) {
      json.writeNumber(count);
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
