package dev.tracing4j.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.DefaultGuard;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.registry.Registry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Past the cap the page keeps the slowest requests whole, says so, and the table stays whole. */
class TimelineCapTest {
  private static final Tracer log = Tracer.of("shop.Checkout");

  private final ByteArrayOutputStream page = new ByteArrayOutputStream();
  private final TimelineLayer layer = TimelineLayer.builder()
      .output(Output.stream(page, "memory")).cap(10).build();
  private final Registry registry = Registry.builder().with(layer).build();

  /** A request of two spans, the root open for {@code millis}. */
  private void request(String id, long millis) {
    Span root = log.span(Level.INFO, "checkout").field("request.id", id).start();
    try (Scope scope = root.enter()) {
      Span child = log.span(Level.INFO, "charge").start();
      child.close();
      TimelineRecordingTest.sleep(millis);
    }
    root.close();
  }

  @Test
  void keepsTheSlowestWholeRequestsThatFitTheCapAndTheTableOfEverySpan() throws Exception {
    // Ten requests of two spans; the cap of ten keeps the five slowest: r-5 to r-9.
    int[] order = {3, 9, 0, 6, 1, 8, 4, 7, 2, 5};
    // The first request of a JVM is slow for reasons of its own (class loading, the interpreter):
    // run one into another layer first, and space the requests wider than that noise.
    TimelineLayer warmUp = TimelineLayer.builder()
        .output(Output.stream(new ByteArrayOutputStream(), "warm-up")).cap(10).build();
    try (DefaultGuard guard = Tracing.setDefault(Registry.builder().with(warmUp).build())) {
      request("warm-up", 1);
    }
    try (DefaultGuard guard = Tracing.setDefault(registry)) {
      for (int i : order) {
        request("r-" + i, 15L * (i + 1));
      }
    }
    Recording recording = layer.finishForTest();
    Set<String> kept = recording.requests().stream().map(spans -> spans.stream()
            .filter(span -> span.parentId() == 0).findFirst().orElseThrow().fields()[1])
        .collect(Collectors.toSet());
    assertEquals(Set.of("r-5", "r-6", "r-7", "r-8", "r-9"), kept);
    recording.requests().forEach(spans -> assertEquals(2, spans.size(), "whole requests"));
    assertEquals(List.of(10L, 10L), recording.statistics().stream().map(SpanNameRow::count)
        .toList(), "the table counts every span");
    assertEquals("This timeline holds the 5 slowest of 10 requests: 10 of 20 spans and 0 of 0"
        + " events, as the cap tracing4j.timeline.cap is 10 spans and events. The table covers"
        + " every span.", recording.coverage().notice());
  }

  @Test
  void spansOfARunningRequestPastTheCapAreLeftOutWithEverythingUnderThem() {
    try (DefaultGuard guard = Tracing.setDefault(registry)) {
      Span root = log.span(Level.INFO, "batch").start();
      try (Scope scope = root.enter()) {
        for (int i = 0; i < 12; i++) {
          Span item = log.span(Level.INFO, "item").field("i", (long) i).start();
          try (Scope inner = item.enter()) {
            log.span(Level.INFO, "step").start().close();
          }
          item.close();
        }
      }
      root.close();
    }
    Recording recording = layer.finishForTest();
    List<SpanRecord> spans = recording.requests().get(0);
    assertEquals(10, spans.size());
    Set<Long> ids = spans.stream().map(SpanRecord::id).collect(Collectors.toSet());
    spans.forEach(span -> assertTrue(span.parentId() == 0 || ids.contains(span.parentId()),
        "no span without its parent: " + span.name()));
    assertEquals("This timeline holds every request (1) but not all that happened in them: 10"
        + " of 25 spans and 0 of 0 events, as the cap tracing4j.timeline.cap is 10 spans and"
        + " events. The table covers every span.", recording.coverage().notice());
  }

  @Test
  void thePageSaysWhatTheCapLeftOut() {
    try (DefaultGuard guard = Tracing.setDefault(registry)) {
      for (int i = 0; i < 8; i++) {
        request("r-" + i, 1);
      }
    }
    layer.shutdown();
    String html = page.toString(StandardCharsets.UTF_8);
    assertTrue(html.contains("<p class=\"notice\" role=\"note\">This timeline holds the 5 slowest"
        + " of 8 requests: 10 of 16 spans"), html.substring(0, 2000));
  }

  @Test
  void aPageWithinTheCapHasNoNotice() {
    try (DefaultGuard guard = Tracing.setDefault(registry)) {
      request("r-1", 1);
    }
    layer.shutdown();
    assertTrue(!page.toString(StandardCharsets.UTF_8).contains("class=\"notice\" role=\"note\""));
  }
}
