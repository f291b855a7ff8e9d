package dev.tracing4j.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tracing4j.Level;
import dev.tracing4j.runtime.format.FormattingLayer;
import dev.tracing4j.runtime.format.FormattingSettings;
import dev.tracing4j.runtime.format.SpanEvent;
import dev.tracing4j.runtime.format.SpanEvents;
import dev.tracing4j.runtime.format.StructuralNames;
import dev.tracing4j.runtime.format.UtcTimestamp;
import dev.tracing4j.runtime.format.WallClock;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.output.OutputWriter;
import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.registry.ExtensionKey;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.registry.Timing;
import dev.tracing4j.runtime.registry.TraceContext;
import dev.tracing4j.runtime.spi.FieldValues;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one JSON object per event, per line, in UTF-8:
 *
 * <pre>
 * {"timestamp":"2026-11-24T10:15:30.123456Z","level":"INFO","target":"com.shop.OrderService","thread":"main","fields":{"message":"placed","ok":true},"span":{"id":7,"name":"place","order.id":42},"spans":[{"id":3,"name":"handle","request.id":"r-1"},{"id":7,"name":"place","order.id":42}]}
 * </pre>
 *
 * <p>{@code span} (the innermost) and {@code spans} (root to leaf) are left out outside any span.
 * Inside a span that an exporting layer of the same registry gave distributed-tracing ids ({@link
 * TraceContext}, such as {@code otel}), the record ends with {@code "trace_id"} and {@code
 * "span_id"} of the innermost such span.
 * Field values keep their type. A field never takes a name the layer writes itself in the same
 * object ({@link StructuralNames}): in {@code fields} a field named {@code message} is written as
 * {@code field.message}, in a span object one named {@code id} or {@code name} as {@code field.id}
 * or {@code field.name}, and one already named {@code field.id} as {@code field.field.id}. Span
 * lifecycle events ({@link SpanEvents}) are events whose {@code fields.message} is {@code new},
 * {@code enter}, {@code exit} or {@code close}, the last with {@code time.busy} and {@code
 * time.idle} in integer nanoseconds. Every line is valid JSON whatever the values hold.
 *
 * <pre>{@code
 * Layer json = JsonLayer.builder().output(Output.file(Path.of("trace.jsonl"))).build();
 * }</pre>
 */
public final class JsonLayer extends FormattingLayer {

  private final OutputWriter writer;
  private final WallClock clock;
  /** Each span's JSON object, rendered when its fields change rather than for every event. */
  private final ExtensionKey<String> renderedSpan = new ExtensionKey<>("json span");

  private JsonLayer(Builder builder) {
    super(builder.spanEvents());
    this.writer = builder.openWriter(output -> output, this::dropNotice);
    this.clock = WallClock.of(builder.clock());
  }

  /** Starts a layer writing to stderr, without span events. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link JsonLayer}: output, writer options, span events, clock. */
  public static final class Builder extends FormattingSettings<Builder> {
    private Builder() {
      super(Output.stderr());
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The layer, with its output opened and its writer thread started. */
    public JsonLayer build() {
      return new JsonLayer(this);
    }
  }

  /** Renders the span's JSON object once per change, not once per event inside it. */
  @Override
  protected void spanChanged(SpanData span) {
    span.computeExtension(renderedSpan, JsonLayer::render);
  }

  @Override
  public void onEvent(Event event, Context ctx) {
    try (JsonLines.Line line = JsonLines.start()) {
      JsonGenerator json = line.generator();
      begin(line, event.metadata().level(), event.metadata().target());
      json.writeFieldName(JsonNames.FIELDS);
      json.writeStartObject();
      event.fields().visit(line.fields);
      json.writeEndObject();
      spans(json, ctx.nearestVisible(event.parent()), ctx);
      traceContext(json, event.parent());
      json.writeEndObject();
      line.writeTo(writer, JsonLines.NEWLINE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void lifecycle(SpanData span, Context ctx, SpanEvent kind) {
    try (JsonLines.Line line = JsonLines.start()) {
      JsonGenerator json = line.generator();
      begin(line, span.level(), span.target());
      json.writeFieldName(JsonNames.FIELDS);
      json.writeStartObject();
      json.writeStringField(FieldValues.MESSAGE, kind.message());
      if (kind == SpanEvent.CLOSE) {
        Timing timing = span.timing();
        json.writeNumberField("time.busy", timing.busyNanos());
        json.writeNumberField("time.idle", timing.idleNanos());
      }
      json.writeEndObject();
      spans(json, span, ctx);
      traceContext(json, span);
      json.writeEndObject();
      line.writeTo(writer, JsonLines.NEWLINE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the record and writes the members every record starts with. */
  private void begin(JsonLines.Line line, Level level, String target) throws IOException {
    JsonGenerator json = line.generator();
    int end = UtcTimestamp.format(clock.epochNanos(), line.timestamp, 0);
    json.writeStartObject();
    json.writeFieldName(JsonNames.TIMESTAMP);
    json.writeString(line.timestamp, 0, end);
    json.writeFieldName(JsonNames.LEVEL);
    JsonNames.writeString(json, level.name());
    json.writeFieldName(JsonNames.TARGET);
    JsonNames.writeString(json, target);
    json.writeFieldName(JsonNames.THREAD);
    JsonNames.writeString(json, Thread.currentThread().getName());
  }

  /** {@code "span"} and {@code "spans"} for the visible scope ending at {@code leaf}, if any. */
  private void spans(JsonGenerator json, SpanData leaf, Context ctx) throws IOException {
    if (leaf == null) {
      return;
    }
    List<SpanData> scope = new ArrayList<>();
    for (SpanData span = leaf; span != null; span = span.parent()) {
      if (ctx.isVisible(span)) {
        scope.add(span);
      }
    }
    json.writeFieldName(JsonNames.SPAN);
    json.writeRawValue(rendered(leaf));
    json.writeFieldName(JsonNames.SPANS);
    json.writeStartArray();
    for (int i = scope.size() - 1; i >= 0; i--) {
      json.writeRawValue(rendered(scope.get(i)));
    }
    json.writeEndArray();
  }

  /**
   * {@code "trace_id"} and {@code "span_id"} of the innermost span that an exporting layer of
   * this registry gave ids, so a log line can be found from its trace and back.
   */
  private static void traceContext(JsonGenerator json, SpanData innermost) throws IOException {
    TraceContext ids = TraceContext.of(innermost);
    if (ids != null) {
      json.writeFieldName(JsonNames.TRACE_ID);
      JsonNames.writeString(json, ids.traceId());
      json.writeFieldName(JsonNames.SPAN_ID);
      JsonNames.writeString(json, ids.spanId());
    }
  }

  private String rendered(SpanData span) {
    String rendered = span.extension(renderedSpan);
    return rendered != null ? rendered : span.computeExtension(renderedSpan, JsonLayer::render);
  }

  /** {"id":7,"name":"place","order.id":42} */
  private static String render(SpanData span) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JsonLines.FACTORY.createGenerator(text)) {
      json.writeStartObject();
      json.writeNumberField("id", span.id());
      json.writeStringField("name", JsonText.sanitize(span.name()));
      span.visitFields(JsonFieldWriter.writer(json, StructuralNames.JSON_SPAN));
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private byte[] dropNotice(long count) {
    try (JsonLines.Line line = JsonLines.start()) {
      JsonGenerator json = line.generator();
      begin(line, Level.WARN, "tracing4j");
      json.writeFieldName(JsonNames.FIELDS);
      json.writeStartObject();
      json.writeStringField(FieldValues.MESSAGE,
          "dropped records: the output fell behind or failed");
      json.writeNumberField("dropped", count);
      json.writeEndObject();
      json.writeEndObject();
      return line.toByteArray(JsonLines.NEWLINE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void flush() {
    writer.flush();
  }

  @Override
  public void shutdown() {
    writer.close();
  }

  @Override
  public String toString() {
    return "JsonLayer[" + writer + ", span events " + spanEvents() + "]";
  }
}
