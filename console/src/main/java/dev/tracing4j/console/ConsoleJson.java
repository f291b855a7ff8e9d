package dev.tracing4j.console;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.tracing4j.runtime.format.StructuralNames;
import dev.tracing4j.runtime.json.JsonFieldWriter;
import dev.tracing4j.runtime.json.JsonText;
import dev.tracing4j.runtime.spi.FieldValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes the snapshot and the updates as the module's README documents them (protocol version
 * {@link #VERSION}). Field values keep their types, as in the json format.
 */
final class ConsoleJson {
  static final int VERSION = 1;
  private static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
      .build();

  /** Writes one JSON value. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private final ConsoleOptions options;

  ConsoleJson(ConsoleOptions options) {
    this.options = options;
  }

  static byte[] bytes(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      body.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** {@code GET /api/snapshot}, and the first event of {@code /api/updates}. */
  byte[] snapshot(Snapshot snapshot) {
    return bytes(json -> {
      json.writeStartObject();
      json.writeNumberField("version", VERSION);
      header(json, snapshot);
      json.writeObjectFieldStart("thresholds");
      json.writeNumberField("busy_warning_ns", options.busyWarning().toNanos());
      json.writeNumberField("idle_warning_ns", options.idleWarning().toNanos());
      json.writeNumberField("retention_ns", options.retention().toNanos());
      json.writeNumberField("retention_max", options.retentionMax());
      json.writeEndObject();
      json.writeArrayFieldStart("rows");
      for (RowView row : snapshot.rows()) {
        row(json, row);
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  /** An event of {@code /api/updates} after the first: what changed since the one before. */
  byte[] update(Snapshot snapshot) {
    return bytes(json -> {
      json.writeStartObject();
      header(json, snapshot);
      json.writeArrayFieldStart("changed");
      for (RowView row : snapshot.changed()) {
        row(json, row);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("removed");
      for (long id : snapshot.removed()) {
        json.writeNumber(id);
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  private static void header(JsonGenerator json, Snapshot snapshot) throws IOException {
    json.writeNumberField("seq", snapshot.seq());
    json.writeNumberField("now", snapshot.nowEpochMicros());
    json.writeObjectFieldStart("counts");
    counts(json, "tasks", snapshot.taskCounts());
    counts(json, "spans", snapshot.spanCounts());
    json.writeEndObject();
    json.writeNumberField("omitted", snapshot.omitted());
  }

  private static void counts(JsonGenerator json, String name, Map<TaskState, Integer> counts)
      throws IOException {
    json.writeObjectFieldStart(name);
    for (TaskState state : TaskState.values()) {
      json.writeNumberField(state.wireName(), counts.getOrDefault(state, 0));
    }
    json.writeEndObject();
  }

  static void row(JsonGenerator json, RowView row) throws IOException {
    json.writeStartObject();
    json.writeNumberField("id", row.id());
    json.writeStringField("kind", row.task() ? "task" : "span");
    json.writeStringField("name", JsonText.sanitize(row.name()));
    json.writeStringField("target", JsonText.sanitize(row.target()));
    json.writeStringField("level", row.level());
    json.writeStringField("state", row.state().wireName());
    if (row.parentId() == RowView.NO_PARENT) {
      json.writeNullField("parent");
    } else {
      json.writeObjectFieldStart("parent");
      json.writeNumberField("id", row.parentId());
      json.writeStringField("name", JsonText.sanitize(row.parentName()));
      json.writeEndObject();
    }
    location(json, row.file(), row.line());
    fields(json, row.fields());
    json.writeNumberField("created", row.createdEpochMicros());
    json.writeNumberField("total_ns", row.totalNanos());
    json.writeNumberField("busy_ns", row.busyNanos());
    json.writeNumberField("scheduled_ns", row.scheduledNanos());
    json.writeNumberField("idle_ns", row.idleNanos());
    json.writeNumberField("polls", row.polls());
    json.writeArrayFieldStart("warnings");
    for (RowView.WarningView warning : row.warnings()) {
      json.writeStartObject();
      json.writeStringField("kind", warning.kind());
      json.writeStringField("message", JsonText.sanitize(warning.message()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  static void location(JsonGenerator json, String file, int line) throws IOException {
    if (file == null) {
      json.writeNullField("location");
    } else {
      json.writeStringField("location", JsonText.sanitize(line > 0 ? file + ":" + line : file));
    }
  }

  /** A span's fields as the object {@code fields}. */
  static void fields(JsonGenerator json, FieldValues fields) throws IOException {
    fields(json, fields, StructuralNames.NONE);
  }

  /**
   * Fields as the object {@code fields}; an event's message is its member {@code message}, and a
   * field of that name is written {@code field.message} (see {@code names}).
   */
  static void fields(JsonGenerator json, FieldValues fields, StructuralNames names)
      throws IOException {
    json.writeObjectFieldStart("fields");
    try {
      JsonFieldWriter.write(json, fields, names);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    json.writeEndObject();
  }
}
