package dev.tracing4j.context.propagation;

import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.Registry;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.registry.Timing;
import dev.tracing4j.runtime.spi.FieldValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records each event with the thread it happened on and its span chain, root first, each span as
 * {@code name} or {@code name#id} when it has an {@code id} field; and counts enters and exits.
 */
final class RecordingLayer implements Layer {

  record RecordedEvent(String thread, String chain, String message) {}

  private final Queue<RecordedEvent> events = new ConcurrentLinkedQueue<>();
  private final Map<String, AtomicInteger> enters = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> exits = new ConcurrentHashMap<>();
  private final Map<String, Timing> closed = new ConcurrentHashMap<>();

  /** A fresh layer in a registry installed as the global default: Reactor's threads see it. */
  static RecordingLayer installGlobally() {
    RecordingLayer layer = new RecordingLayer();
    Tracing.setGlobalDefault(Registry.builder().with(layer).build());
    return layer;
  }

  @Override
  public boolean tracksTiming() {
    return true;
  }

  @Override
  public void onEvent(Event event, Context ctx) {
    events.add(new RecordedEvent(Thread.currentThread().getName(), chain(event.parent(), ctx),
        event.fields().message()));
  }

  @Override
  public void onEnter(SpanData span, Context ctx) {
    enters.computeIfAbsent(label(span), key -> new AtomicInteger()).incrementAndGet();
  }

  @Override
  public void onExit(SpanData span, Context ctx) {
    exits.computeIfAbsent(label(span), key -> new AtomicInteger()).incrementAndGet();
  }

  @Override
  public void onClose(SpanData span, Context ctx) {
    closed.put(label(span), span.timing());
  }

  private static String chain(SpanData leaf, Context ctx) {
    if (leaf == null) {
      return "";
    }
    StringBuilder chain = new StringBuilder();
    for (SpanData span : ctx.scope(leaf)) {
      chain.append(chain.length() == 0 ? "" : ">").append(label(span));
    }
    return chain.toString();
  }

  private static String label(SpanData span) {
    FieldValues fields = span.fieldsSnapshot();
    int id = fields.indexOf("id");
    return id < 0 ? span.name() : span.name() + "#" + fields.value(id);
  }

  List<RecordedEvent> events() {
    return new ArrayList<>(events);
  }

  int enters(String label) {
    AtomicInteger count = enters.get(label);
    return count == null ? 0 : count.get();
  }

  int exits(String label) {
    AtomicInteger count = exits.get(label);
    return count == null ? 0 : count.get();
  }

  /** The busy and idle time of a closed span, or {@code null} while it is open. */
  Timing closedTiming(String label) {
    return closed.get(label);
  }
}
