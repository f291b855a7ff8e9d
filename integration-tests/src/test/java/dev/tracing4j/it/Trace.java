package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.filter.EnvFilter;
import dev.tracing4j.runtime.spi.DisplayValue;
import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.Registry;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.spi.FieldValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records every span and event, as a test reads them. {@link #start()} installs it as the global
 * default (so work on other threads is recorded too) and clears it for the next test.
 */
public final class Trace implements Layer {

  private static final Trace INSTANCE = new Trace();
  private static final Registry REGISTRY =
      Registry.builder().with(INSTANCE, EnvFilter.parse("trace")).build();

  private final ConcurrentLinkedQueue<RecordedSpan> spans = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<RecordedEvent> events = new ConcurrentLinkedQueue<>();
  private final AtomicLong sequence = new AtomicLong();

  /** A span: fields as recorded so far, with the order of its close among all records. */
  public static final class RecordedSpan {
    public final long id;
    public final String name;
    public final String target;
    public final Level level;
    public final long parentId;
    public final String thread;
    public final SpanData data;
    final AtomicInteger closes = new AtomicInteger();
    volatile long closedAt = -1;

    RecordedSpan(SpanData data) {
      this.id = data.id();
      this.name = data.name();
      this.target = data.target();
      this.level = data.level();
      this.parentId = data.parent() == null ? 0 : data.parent().id();
      this.thread = Thread.currentThread().getName();
      this.data = data;
    }

    public Map<String, Object> fields() {
      return Trace.values(data.fieldsSnapshot());
    }

    public int closes() {
      return closes.get();
    }

    public long closedAt() {
      return closedAt;
    }

    @Override
    public String toString() {
      return name + "#" + id + fields() + (closes() > 0 ? " closed" : " open");
    }
  }

  /** An event with the names of its spans, root first. */
  public record RecordedEvent(long sequence, long spanId, List<String> scope, String target,
      Level level, String message, Map<String, Object> fields, String thread) {}

  private Trace() {}

  /** The global trace, installed (another test may have replaced it) and emptied. */
  public static Trace start() {
    Tracing.setGlobalDefault(REGISTRY);
    INSTANCE.spans.clear();
    INSTANCE.events.clear();
    return INSTANCE;
  }

  /** Tests read busy and idle time of recorded spans. */
  @Override
  public boolean tracksTiming() {
    return true;
  }

  @Override
  public void onNewSpan(SpanData span, Context ctx) {
    spans.add(new RecordedSpan(span));
  }

  @Override
  public void onClose(SpanData span, Context ctx) {
    for (RecordedSpan recorded : spans) {
      if (recorded.id == span.id()) {
        recorded.closedAt = sequence.incrementAndGet();
        recorded.closes.incrementAndGet();
      }
    }
  }

  @Override
  public void onEvent(Event event, Context ctx) {
    Map<String, Object> fields = values(event.fields());
    Object message = fields.remove(FieldValues.MESSAGE);
    List<String> scope = new ArrayList<>();
    ctx.scope(event.parent()).forEach(span -> scope.add(span.name()));
    events.add(new RecordedEvent(sequence.incrementAndGet(),
        event.parent() == null ? 0 : event.parent().id(), scope, event.metadata().target(),
        event.metadata().level(), message == null ? null : message.toString(), fields,
        Thread.currentThread().getName()));
  }

  /** Field values with their recorded types; other objects as the text a subscriber prints. */
  static Map<String, Object> values(FieldValues fields) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.hasValue(i)) {
        Object value = fields.value(i);
        boolean plain = value == null || value instanceof Long || value instanceof Double
            || value instanceof Boolean || value instanceof String;
        values.put(fields.name(i), plain ? value : DisplayValue.of(value));
      }
    }
    return values;
  }

  public List<RecordedSpan> spans() {
    return List.copyOf(spans);
  }

  public List<RecordedSpan> spans(String name) {
    return spans.stream().filter(s -> s.name.equals(name)).toList();
  }

  /** The one span named {@code name}. */
  public RecordedSpan span(String name) {
    List<RecordedSpan> found = spans(name);
    assertEquals(1, found.size(), "spans named " + name + " in " + spans());
    return found.get(0);
  }

  public List<RecordedEvent> events() {
    return List.copyOf(events);
  }

  /** Events recorded inside {@code span} itself. */
  public List<RecordedEvent> eventsIn(RecordedSpan span) {
    return events.stream().filter(e -> e.spanId() == span.id).toList();
  }

  /** Waits until {@code span} closed, for closes that happen on another thread. */
  public void awaitClosed(RecordedSpan span) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (span.closes() == 0) {
      if (System.nanoTime() > deadline) {
        fail("span " + span + " never closed");
      }
      Thread.sleep(1);
    }
  }
}
