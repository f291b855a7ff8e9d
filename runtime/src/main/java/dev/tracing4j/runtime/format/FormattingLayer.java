package dev.tracing4j.runtime.format;

import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.spi.FieldValues;
import java.util.Objects;

/**
 * A layer that writes events and, as {@link SpanEvents} chooses, span lifecycle events: the part
 * that the {@code fmt} and {@code json} layers share. A subclass writes one record per call to
 * {@link #lifecycle} and keeps whatever it renders per span up to date in {@link #spanChanged}.
 *
 * <pre>{@code
 * final class CsvLayer extends FormattingLayer {
 *   CsvLayer() { super(SpanEvents.parse("close")); }
 *   protected void lifecycle(SpanData span, Context ctx, SpanEvent kind) { ... }
 *   public void onEvent(Event event, Context ctx) { ... }
 * }
 * }</pre>
 */
public abstract class FormattingLayer implements Layer {
  private final SpanEvents spanEvents;

  protected FormattingLayer(SpanEvents spanEvents) {
    this.spanEvents = Objects.requireNonNull(spanEvents, "spanEvents");
  }

  /** The lifecycle events this layer writes. */
  public SpanEvents spanEvents() {
    return spanEvents;
  }

  /** Busy and idle time are written on close, when close is written. */
  @Override
  public boolean tracksTiming() {
    return spanEvents.contains(SpanEvent.CLOSE);
  }

  /** Writes one lifecycle event of {@code span}. */
  protected abstract void lifecycle(SpanData span, Context ctx, SpanEvent kind);

  /** The span was created or its fields recorded: refresh anything rendered from its fields. */
  protected void spanChanged(SpanData span) {}

  @Override
  public void onNewSpan(SpanData span, Context ctx) {
    spanChanged(span);
    if (spanEvents.contains(SpanEvent.NEW)) {
      lifecycle(span, ctx, SpanEvent.NEW);
    }
  }

  @Override
  public void onRecord(SpanData span, FieldValues values, Context ctx) {
    spanChanged(span);
  }

  @Override
  public void onEnter(SpanData span, Context ctx) {
    if (spanEvents.contains(SpanEvent.ENTER)) {
      lifecycle(span, ctx, SpanEvent.ENTER);
    }
  }

  @Override
  public void onExit(SpanData span, Context ctx) {
    if (spanEvents.contains(SpanEvent.EXIT)) {
      lifecycle(span, ctx, SpanEvent.EXIT);
    }
  }

  @Override
  public void onClose(SpanData span, Context ctx) {
    if (spanEvents.contains(SpanEvent.CLOSE)) {
      lifecycle(span, ctx, SpanEvent.CLOSE);
    }
  }
}
