package dev.tracing4j.timeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tracing4j.runtime.json.JsonText;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * Writes a {@link Recording} as the page's data, format {@code tracing4j-timeline/1}: one JSON
 * object whose strings are in one table (no name is repeated) and whose spans and events are flat
 * arrays of small integers, each time a difference from a nearby one. {@code docs/timeline-format.md}
 * describes every field; {@code timeline.js} decodes it.
 *
 * <p>Spans are in page order: each request's rows depth-first, requests in the order they started,
 * so a parent always comes before its children.
 */
final class DataEncoder {
  static final String FORMAT = "tracing4j-timeline/1";

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final StringTable strings = new StringTable();
  private final JsonGenerator json;

  private DataEncoder(JsonGenerator json) {
    this.json = json;
  }

  /** Writes the data of {@code recording}; leaves {@code out} open. */
  static void write(Recording recording, String title, Instant startedAt, OutputStream out)
      throws IOException {
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setCharacterEscapes(ScriptSafeEscapes.INSTANCE);
      new DataEncoder(json).write(recording, title, startedAt);
    }
  }

  private void write(Recording recording, String title, Instant startedAt) throws IOException {
    json.writeStartObject();
    json.writeStringField("format", FORMAT);
    json.writeStringField("title", JsonText.sanitize(title));
    json.writeStringField("startedAt", startedAt.toString());
    json.writeNumberField("end", recording.end());
    String notice = recording.coverage().notice();
    if (notice != null) {
      json.writeStringField("notice", notice);
    }
    int[] threadNames = recording.threads().stream().mapToInt(strings::indexOf).toArray();
    // The spans first: they fill the string table, written after them.
    json.writeArrayFieldStart("spans");
    writeSpans(recording.requests());
    json.writeEndArray();
    json.writeArrayFieldStart("events");
    long previous = 0;
    for (EventRecord event : recording.looseEvents()) {
      writeEvent(event, previous);
      previous = event.time();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("threads");
    for (int name : threadNames) {
      json.writeNumber(name);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("strings");
    for (String text : strings.strings()) {
      json.writeString(text);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void writeSpans(List<List<SpanRecord>> requests) throws IOException {
    long previousRootStart = 0;
    long[] starts = new long[0];
    for (List<SpanRecord> request : requests) {
      List<DisplayOrder.Row> rows = DisplayOrder.of(request);
      if (starts.length < rows.size()) {
        starts = new long[rows.size()];
      }
      for (int i = 0; i < rows.size(); i++) {
        DisplayOrder.Row row = rows.get(i);
        SpanRecord span = row.span();
        starts[i] = span.start();
        if (row.parent() < 0) {
          json.writeNumber(0);
          json.writeNumber(strings.indexOf(span.name()));
          json.writeNumber(strings.indexOf(span.target()));
          json.writeNumber(span.start() - previousRootStart);
          previousRootStart = span.start();
        } else {
          json.writeNumber(i - row.parent());
          json.writeNumber(strings.indexOf(span.name()));
          json.writeNumber(strings.indexOf(span.target()));
          json.writeNumber(span.start() - starts[row.parent()]);
        }
        long duration = span.end() - span.start();
        json.writeNumber(span.open() ? -1 - duration : duration);
        writeFields(span.fields());
        writeIntervals(span);
        json.writeNumber(span.events().size());
        long previous = span.start();
        for (EventRecord event : span.events()) {
          writeEvent(event, previous);
          previous = event.time();
        }
      }
    }
  }

  private void writeIntervals(SpanRecord span) throws IOException {
    long[] intervals = span.intervals();
    json.writeNumber(intervals.length / 3);
    long previousEnd = span.start();
    for (int i = 0; i < intervals.length; i += 3) {
      json.writeNumber(intervals[i] - previousEnd);
      json.writeNumber(intervals[i + 1] - intervals[i]);
      json.writeNumber(intervals[i + 2]);
      previousEnd = intervals[i + 1];
    }
  }

  private void writeEvent(EventRecord event, long previousTime) throws IOException {
    json.writeNumber(event.time() - previousTime);
    json.writeNumber(event.level());
    json.writeNumber(strings.indexOf(event.message()));
    json.writeNumber(event.thread());
    writeFields(event.fields());
  }

  private void writeFields(String[] pairs) throws IOException {
    json.writeNumber(pairs.length / 2);
    for (String text : pairs) {
      json.writeNumber(strings.indexOf(text));
    }
  }
}
