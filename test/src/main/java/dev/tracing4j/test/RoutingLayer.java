package dev.tracing4j.test;

import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.registry.ExtensionKey;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.spi.FieldValues;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Routes each span and event to the test that owns it. A span belongs to the test of its parent
 * span, or, for a root span, to the test running on the thread that created it; an event belongs
 * to the test of its span, or of its thread when it has none. A span carried to another thread
 * ({@code Tracing.propagating}, {@code Span.wrap}, an async {@code @Instrument} method) takes its
 * test along, so does everything that happens inside it there. What no test owns is dropped.
 */
final class RoutingLayer implements Layer {

  /** Which test runs on the calling thread, or {@code null}. */
  private final Supplier<TestRecording> threadOwner;
  private final ExtensionKey<SpanState> state = new ExtensionKey<>("test recording");
  /** The span's fields as fmt writes them, kept current as fmt keeps its own. */
  private final ExtensionKey<String> renderedFields = new ExtensionKey<>("test fmt fields");

  RoutingLayer(Supplier<TestRecording> threadOwner) {
    this.threadOwner = threadOwner;
  }

  /** Tests read busy and idle time. */
  @Override
  public boolean tracksTiming() {
    return true;
  }

  @Override
  public void onNewSpan(SpanData span, Context ctx) {
    SpanState parent = span.parent() == null ? null : span.parent().extension(state);
    TestRecording owner = parent != null ? parent.recording : threadOwner.get();
    if (owner == null) {
      return;
    }
    span.computeExtension(renderedFields, FmtText::spanFields);
    SpanState created = owner.newSpan(span, parent, currentThreadName());
    if (created != null) {
      span.putExtension(state, created);
    }
  }

  @Override
  public void onRecord(SpanData span, FieldValues values, Context ctx) {
    if (span.extension(state) != null) {
      span.computeExtension(renderedFields, FmtText::spanFields);
    }
  }

  @Override
  public void onFollowsFrom(SpanData span, SpanData cause, Context ctx) {
    SpanState follower = span.extension(state);
    SpanState causing = cause.extension(state);
    if (follower != null && causing != null) {
      follower.recording.followsFrom(follower, causing);
    }
  }

  @Override
  public void onEvent(Event event, Context ctx) {
    SpanState span = event.parent() == null ? null : event.parent().extension(state);
    TestRecording owner = span != null ? span.recording : threadOwner.get();
    if (owner == null) {
      return;
    }
    FieldValues fields = event.fields(); // valid only during this call: copied here
    String target = event.metadata().target();
    owner.event(event.metadata().level(), target, fields.message(), fieldMap(fields), span,
        currentThreadName(), context(span),
        FmtText.escaped(target) + ": " + FmtText.eventFields(fields));
  }

  @Override
  public void onEnter(SpanData span, Context ctx) {
    transition(span, RecordedSpan.Phase.ENTER);
  }

  @Override
  public void onExit(SpanData span, Context ctx) {
    transition(span, RecordedSpan.Phase.EXIT);
  }

  @Override
  public void onClose(SpanData span, Context ctx) {
    transition(span, RecordedSpan.Phase.CLOSE);
  }

  private void transition(SpanData span, RecordedSpan.Phase phase) {
    SpanState owned = span.extension(state);
    if (owned != null) {
      owned.recording.transition(owned, phase, currentThreadName());
    }
  }

  /** The thread's name; virtual threads have none by default, so they go by their id. */
  @SuppressWarnings("deprecation") // threadId() is Java 19's; getId() is the same on 17
  static String currentThreadName() {
    Thread thread = Thread.currentThread();
    String name = thread.getName();
    return name.isEmpty() ? "unnamed thread #" + thread.getId() : name;
  }

  /** The spans from the root to {@code leaf} as fmt writes them now, joined by {@code :}. */
  private String context(SpanState leaf) {
    if (leaf == null) {
      return "";
    }
    String own = FmtText.span(leaf.data.name(), leaf.data.extension(renderedFields));
    return leaf.parent == null ? own : context(leaf.parent) + ":" + own;
  }

  /** The fields of a span or event with their recorded types; the message is not one. */
  static Map<String, Object> fieldMap(FieldValues fields) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = fields.hasMessage() ? 1 : 0; i < fields.size(); i++) {
      if (fields.hasValue(i)) {
        map.put(fields.name(i), fields.value(i));
      }
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public String toString() {
    return "tracing4j-test recorder";
  }
}
