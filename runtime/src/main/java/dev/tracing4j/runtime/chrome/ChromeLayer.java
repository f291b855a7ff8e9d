package dev.tracing4j.runtime.chrome;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tracing4j.runtime.format.StructuralNames;
import dev.tracing4j.runtime.json.JsonFieldWriter;
import dev.tracing4j.runtime.json.JsonLines;
import dev.tracing4j.runtime.json.JsonText;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.output.OutputWriter;
import dev.tracing4j.runtime.output.WriterSettings;
import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.registry.Timing;
import dev.tracing4j.runtime.spi.FieldValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the Chrome Trace Event Format ({@code {"traceEvents":[...]}}) that Perfetto and {@code
 * chrome://tracing} open:
 *
 * <ul>
 *   <li>each interval during which a thread was inside a span, as a complete event ({@code "ph":
 *       "X"}) on that thread, with the span's fields as {@code args};
 *   <li>each event as an instant event ({@code "ph":"i"}) on its thread, named by its message, with
 *       its level, message and fields as {@code args} (a field named {@code level} or {@code
 *       message} as {@code field.level} or {@code field.message}: see {@link StructuralNames});
 *   <li>each span's whole life as an async slice ({@code "ph":"b"} … {@code "e"}) keyed by the
 *       span id, so a span that hops between threads reads as one track; the end carries {@code
 *       time.busy} and {@code time.idle} in nanoseconds;
 *   <li>thread and process names as metadata events.
 * </ul>
 *
 * <p>Timestamps are microseconds since the layer started. The closing {@code ]}} is written at
 * {@link #shutdown()} (at JVM exit for the configured subscriber), after everything recorded
 * before and after the count of dropped records, if any; the writer refuses (and counts) whatever
 * arrives later, so the file is valid JSON after a normal exit, a {@code System.exit} from any
 * thread, or a replacement of the subscriber. Perfetto also opens a file cut short.
 *
 * <pre>{@code
 * Layer chrome = ChromeLayer.builder().output(Output.newFile(Path.of("trace.json"))).build();
 * }</pre>
 */
public final class ChromeLayer implements Layer {

  private static final byte[] SEPARATOR = ",\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] HEADER = "{\"traceEvents\":[\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] FOOTER = "]}\n".getBytes(StandardCharsets.UTF_8);

  private final OutputWriter writer;
  private final long pid = ProcessHandle.current().pid();
  private final long startNanos = System.nanoTime();
  private final Set<Long> namedThreads = ConcurrentHashMap.newKeySet();
  private final ThreadLocal<EnteredIntervals> entered =
      ThreadLocal.withInitial(EnteredIntervals::new);

  private ChromeLayer(Builder builder) {
    // A trace is one JSON document: a file is emptied, never appended to.
    this.writer = builder.openWriter(
        output -> output.path() != null ? Output.newFile(output.path()) : output,
        this::dropNotice);
    writer.write(HEADER, 0, HEADER.length);
  }

  /** The default file name, {@code trace-<pid>.json}, in the working directory. */
  public static Path defaultPath() {
    return Path.of("trace-" + ProcessHandle.current().pid() + ".json");
  }

  /** Starts a layer writing to {@link #defaultPath()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link ChromeLayer}: output and writer options. */
  public static final class Builder extends WriterSettings<Builder> {
    private Builder() {
      super(Output.newFile(defaultPath()));
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The layer, with its output file opened (and emptied) and its writer thread started. */
    public ChromeLayer build() {
      return new ChromeLayer(this);
    }
  }

  /** Span slices start at creation, and the end carries busy and idle time. */
  @Override
  public boolean tracksTiming() {
    return true;
  }

  @Override
  public void onNewSpan(SpanData span, Context ctx) {
    record(json -> {
      header(json, span.name(), span.target(), "b", span.createdNanos());
      json.writeNumberField("id", span.id());
      args(json, span);
      json.writeEndObject();
    });
  }

  @Override
  public void onEnter(SpanData span, Context ctx) {
    entered.get().push(span.id(), System.nanoTime());
  }

  @Override
  public void onExit(SpanData span, Context ctx) {
    long now = System.nanoTime();
    long since = entered.get().pop(span.id());
    if (since < 0) {
      return; // entered before this layer existed
    }
    record(json -> {
      header(json, span.name(), span.target(), "X", since);
      json.writeNumberField("dur", (now - since) / 1000.0);
      args(json, span);
      json.writeEndObject();
    });
  }

  @Override
  public void onClose(SpanData span, Context ctx) {
    Timing timing = span.timing();
    record(json -> {
      header(json, span.name(), span.target(), "e", System.nanoTime());
      json.writeNumberField("id", span.id());
      json.writeObjectFieldStart("args");
      json.writeNumberField("time.busy", timing.busyNanos());
      json.writeNumberField("time.idle", timing.idleNanos());
      json.writeEndObject();
      json.writeEndObject();
    });
  }

  @Override
  public void onEvent(Event event, Context ctx) {
    FieldValues fields = event.fields();
    String name = fields.hasMessage() ? fields.message() : event.metadata().name();
    record(json -> {
      header(json, name, event.metadata().target(), "i", System.nanoTime());
      json.writeStringField("s", "t");
      json.writeObjectFieldStart("args");
      json.writeStringField("level", event.metadata().level().name());
      JsonFieldWriter.write(json, fields, StructuralNames.CHROME_EVENT);
      json.writeEndObject();
      json.writeEndObject();
    });
  }

  /** Writes one trace event, after naming the current thread if this is its first record. */
  private void record(JsonLines.Record body) {
    Thread thread = Thread.currentThread();
    long tid = thread.getId();
    if (namedThreads.add(tid)) {
      String name = thread.getName().isEmpty() ? "thread-" + tid : thread.getName();
      JsonLines.write(writer, SEPARATOR, json -> metadata(json, "thread_name", tid, name));
    }
    JsonLines.write(writer, SEPARATOR, body);
  }

  private void metadata(JsonGenerator json, String kind, long tid, String name) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", kind);
    json.writeStringField("ph", "M");
    json.writeNumberField("pid", pid);
    json.writeNumberField("tid", tid);
    json.writeObjectFieldStart("args");
    json.writeStringField("name", JsonText.sanitize(name));
    json.writeEndObject();
    json.writeEndObject();
  }

  private void header(JsonGenerator json, String name, String category, String phase, long nanos)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("name", JsonText.sanitize(name));
    json.writeStringField("cat", JsonText.sanitize(category));
    json.writeStringField("ph", phase);
    json.writeNumberField("ts", (nanos - startNanos) / 1000.0);
    json.writeNumberField("pid", pid);
    json.writeNumberField("tid", Thread.currentThread().getId());
  }

  private static void args(JsonGenerator json, SpanData span) throws IOException {
    json.writeObjectFieldStart("args");
    span.visitFields(JsonFieldWriter.writer(json, StructuralNames.CHROME_SPAN));
    json.writeEndObject();
  }

  private byte[] dropNotice(long count) {
    return JsonLines.bytes(SEPARATOR, json -> {
      header(json, "dropped records: the output fell behind or failed", "tracing4j", "i",
          System.nanoTime());
      json.writeStringField("s", "g");
      json.writeObjectFieldStart("args");
      json.writeNumberField("dropped", count);
      json.writeEndObject();
      json.writeEndObject();
    });
  }

  @Override
  public void flush() {
    writer.flush();
  }

  /**
   * Ends the JSON document and closes the output; later records are refused, counted, and
   * reported once on stderr.
   */
  @Override
  public void shutdown() {
    String process = System.getProperty("sun.java.command", "java").split(" ", 2)[0];
    String name = process.isEmpty() ? "java" : process;
    writer.closeWithFooter(JsonLines.bytes(FOOTER, json -> {
      json.writeStartObject();
      json.writeStringField("name", "process_name");
      json.writeStringField("ph", "M");
      json.writeNumberField("pid", pid);
      json.writeObjectFieldStart("args");
      json.writeStringField("name", JsonText.sanitize(name));
      json.writeEndObject();
      json.writeEndObject();
    }));
  }

  @Override
  public String toString() {
    return "ChromeLayer[" + writer + "]";
  }
}
