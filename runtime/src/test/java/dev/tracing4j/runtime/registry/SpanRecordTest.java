package dev.tracing4j.runtime.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fields recorded after a span starts, and follows-from links, as a layer receives them. */
class SpanRecordTest {

  private static final Tracer log = Tracer.of("test.record");

  private static final class Links implements Layer {
    final List<String> links = new ArrayList<>();
    final List<SpanData> spans = new ArrayList<>();

    @Override
    public void onNewSpan(SpanData span, Context ctx) {
      spans.add(span);
    }

    @Override
    public void onFollowsFrom(SpanData span, SpanData cause, Context ctx) {
      links.add(span.name() + " follows " + cause.name());
    }
  }

  @Test
  void everyTypeRecordedLaterFillsItsDeclaredFieldInPlace() {
    Links layer = new Links();
    Tracing.withDefault(Registry.builder().with(layer).build(), () -> {
      Span span = log.span(Level.INFO, "load").field("rows").field("ratio").field("ok")
          .field("table").field("owner").field("extra", 1L).start();
      span.record("rows", 17L).record("ratio", 0.5).record("ok", true).record("table", "orders")
          .record("owner", new StringBuilder("ada")).record("late", 3L);
      span.close();
    });
    assertEquals("rows=17 ratio=0.5 ok=true table=\"orders\" owner=\"ada\" extra=1 late=3",
        layer.spans.get(0).fieldsSnapshot().toString(),
        "declared fields keep their place, a CharSequence is a string, a new name is appended");
  }

  @Test
  void followsFromReachesTheLayersOfTheSameSubscriberOnly() {
    Links layer = new Links();
    Registry registry = Registry.builder().with(layer).build();
    Span[] other = new Span[1];
    Tracing.withDefault(Registry.builder().build(), () ->
        other[0] = log.span(Level.INFO, "elsewhere").start());
    Tracing.withDefault(registry, () -> {
      Span request = log.span(Level.INFO, "request").start();
      Span flush = log.span(Level.INFO, "flush").start();
      assertSame(flush, flush.followsFrom(request).followsFrom(other[0])
          .followsFrom(Span.none()));
      Span.none().followsFrom(request);
      flush.close();
      request.close();
    });
    other[0].close();
    assertEquals(List.of("flush follows request"), layer.links);
  }
}
