package dev.tracing4j.runtime.registry;

import dev.tracing4j.runtime.spi.FieldValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Records what a layer sees as readable strings: events as {@code "outer>inner: message"}, span
 * lifecycle as {@code "new place"}, {@code "close place"}.
 */
public final class RecordingLayer implements Layer {
  private final Queue<String> events = new ConcurrentLinkedQueue<>();
  private final Queue<String> lifecycle = new ConcurrentLinkedQueue<>();

  public static String chain(SpanData leaf, Context ctx) {
    StringBuilder out = new StringBuilder();
    for (SpanData span : ctx.scope(leaf)) {
      out.append(out.length() == 0 ? "" : ">").append(span.name());
    }
    return out.toString();
  }

  /** Tests read busy and idle time of recorded spans. */
  @Override
  public boolean tracksTiming() {
    return true;
  }

  @Override
  public void onEvent(Event event, Context ctx) {
    FieldValues fields = event.fields();
    int message = fields.indexOf(FieldValues.MESSAGE);
    String text = message < 0 ? fields.toString() : String.valueOf(fields.value(message));
    events.add(chain(event.parent(), ctx) + ": " + text);
  }

  @Override
  public void onNewSpan(SpanData span, Context ctx) {
    lifecycle.add("new " + span.name());
  }

  @Override
  public void onEnter(SpanData span, Context ctx) {
    lifecycle.add("enter " + span.name());
  }

  @Override
  public void onExit(SpanData span, Context ctx) {
    lifecycle.add("exit " + span.name());
  }

  @Override
  public void onClose(SpanData span, Context ctx) {
    lifecycle.add("close " + span.name());
  }

  public List<String> events() {
    return new ArrayList<>(events);
  }

  public List<String> lifecycle() {
    return new ArrayList<>(lifecycle);
  }
}
