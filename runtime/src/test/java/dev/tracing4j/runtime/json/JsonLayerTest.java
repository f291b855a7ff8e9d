package dev.tracing4j.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.SpanBuilder;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.filter.EnvFilter;
import dev.tracing4j.runtime.fmt.CapturedOutput;
import dev.tracing4j.runtime.format.HostileValues;
import dev.tracing4j.runtime.format.SpanEvents;
import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.output.OutputWriter;
import dev.tracing4j.runtime.output.Overflow;
import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.Registry;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.registry.TraceContext;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class JsonLayerTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:15:30.123456Z"), ZoneOffset.UTC);
  /** Fails on a repeated member name, which last-wins readers would resolve silently. */
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Tracer log = Tracer.of("com.shop.OrderService");

  private final CapturedOutput captured = new CapturedOutput();

  private List<JsonNode> run(SpanEvents spanEvents, Runnable program) throws Exception {
    JsonLayer layer = JsonLayer.builder().output(captured.output()).spanEvents(spanEvents)
        .clock(CLOCK).build();
    Tracing.withDefault(Registry.builder().with(layer, EnvFilter.parse("trace")).build(), program);
    layer.flush();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : captured.lines()) {
      lines.add(MAPPER.readTree(line));
    }
    return lines;
  }

  /** Gives every span it sees ids, as an exporting layer does. */
  private static final class IdsLayer implements Layer {
    @Override
    public void onNewSpan(SpanData span, Context ctx) {
      span.putExtension(TraceContext.KEY, new TraceContext(
          "4bf92f3577b34da6a3ce929d0e0e4736", String.format("%016x", span.id())));
    }
  }

  @Test
  void insideASpanWithTraceIdsTheLineCarriesThoseOfTheInnermostSpanThatHasThem() throws Exception {
    JsonLayer layer = JsonLayer.builder().output(captured.output()).clock(CLOCK).build();
    long[] outerId = new long[1];
    Tracing.withDefault(Registry.builder().with(layer, EnvFilter.parse("trace"))
        .with(new IdsLayer(), EnvFilter.parse("info")).build(), () -> {
          log.atInfo().log("outside");
          Span outer = log.span(Level.INFO, "outer").start();
          outerId[0] = outer.id();
          try (Scope o = outer.enter()) {
            Span inner = log.span(Level.DEBUG, "inner").start();
            try (Scope i = inner.enter()) {
              log.atInfo().log("inside");
            }
            inner.close();
          }
          outer.close();
        });
    layer.flush();
    List<String> lines = captured.lines();
    JsonNode outside = MAPPER.readTree(lines.get(0));
    assertFalse(outside.has("trace_id"));
    JsonNode inside = MAPPER.readTree(lines.get(1));
    assertEquals("inner", inside.get("span").get("name").asText());
    assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", inside.get("trace_id").asText());
    assertEquals(String.format("%016x", outerId[0]), inside.get("span_id").asText(),
        "the inner span was not exported, so the line carries the ids of the outer one");
  }

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text.replace('\'', '"'));
  }

  @Test
  void anEventInNestedSpansIsTheSpecsObject() throws Exception {
    long[] ids = new long[2];
    List<JsonNode> lines = run(SpanEvents.NONE, () -> {
      Span handle = log.span(Level.INFO, "handle").field("request.id", "r-1").start();
      try (Scope outer = handle.enter()) {
        Span place = log.span(Level.INFO, "place").field("order.id", 42L).start();
        try (Scope inner = place.enter()) {
          log.atInfo().field("ok", true).log("placed");
        }
        place.close();
        ids[1] = place.id();
      }
      handle.close();
      ids[0] = handle.id();
    });
    String thread = Thread.currentThread().getName();
    assertEquals(json("{'timestamp':'2026-11-24T10:15:30.123456Z','level':'INFO',"
        + "'target':'com.shop.OrderService','thread':'" + thread + "',"
        + "'fields':{'message':'placed','ok':true},"
        + "'span':{'id':" + ids[1] + ",'name':'place','order.id':42},"
        + "'spans':[{'id':" + ids[0] + ",'name':'handle','request.id':'r-1'},"
        + "{'id':" + ids[1] + ",'name':'place','order.id':42}]}"), lines.get(0));
    assertEquals(List.of("timestamp", "level", "target", "thread", "fields", "span", "spans"),
        fieldNames(lines.get(0)), "members in the order of the README's json example");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void outsideAnySpanThereIsNoSpanNorSpans() throws Exception {
    JsonNode line = run(SpanEvents.NONE, () -> log.atWarn().log("alone")).get(0);
    assertFalse(line.has("span"));
    assertFalse(line.has("spans"));
    assertEquals("WARN", line.get("level").asText());
  }

  @Test
  void valuesKeepTheirType() throws Exception {
    JsonNode fields = run(SpanEvents.NONE, () -> log.atInfo()
        .field("long", Long.MIN_VALUE).field("int", 7).field("double", 1.5)
        .field("nan", Double.NaN).field("inf", Double.POSITIVE_INFINITY)
        .field("minusInf", Double.NEGATIVE_INFINITY).field("bool", false)
        .field("null", (Object) null).field("string", "s").field("object", List.of(1, 2))
        .field("boxed", (Object) 3.25f)
        .log()).get(0).get("fields");
    assertEquals(json("{'long':-9223372036854775808,'int':7,'double':1.5,'nan':'NaN',"
        + "'inf':'Infinity','minusInf':'-Infinity','bool':false,'null':null,'string':'s',"
        + "'object':'[1, 2]','boxed':3.25}"), fields);
    assertTrue(fields.get("long").isIntegralNumber());
    assertTrue(fields.get("double").isFloatingPointNumber());
  }

  @Test
  void spanFieldsNamedIdOrNameCannotBeMistakenForTheSpansOwn() throws Exception {
    JsonNode span = run(SpanEvents.NONE, () -> {
      Span load = log.span(Level.INFO, "load").field("id", 99L).field("name", "ada").start();
      try (Scope scope = load.enter()) {
        log.atInfo().log("loading");
      }
      load.close();
    }).get(0).get("span");
    assertEquals("load", span.get("name").asText());
    assertTrue(span.get("id").asLong() != 99);
    assertEquals(99, span.get("field.id").asLong());
    assertEquals("ada", span.get("field.name").asText());
  }

  @Test
  void fieldsRecordedLaterAppearInLaterEvents() throws Exception {
    List<JsonNode> lines = run(SpanEvents.NONE, () -> {
      Span job = SpanBuilder.of(dev.tracing4j.runtime.Callsite.span("job", "t", Level.INFO, null, 0,
          "rows")).start();
      try (Scope scope = job.enter()) {
        log.atInfo().log("before");
        job.record("rows", 17L);
        log.atInfo().log("after");
      }
      job.close();
    });
    assertFalse(lines.get(0).get("span").has("rows"));
    assertEquals(17, lines.get(1).get("span").get("rows").asLong());
  }

  @Test
  void lifecycleEventsCarryTheSpanAndCloseCarriesIntegerNanoseconds() throws Exception {
    long[] id = new long[1];
    List<JsonNode> lines = run(SpanEvents.FULL, () -> {
      Span job = log.span(Level.DEBUG, "job").start();
      id[0] = job.id();
      job.enter().close();
      job.close();
    });
    assertEquals(List.of("new", "enter", "exit", "close"),
        lines.stream().map(line -> line.get("fields").get("message").asText()).toList());
    for (JsonNode line : lines) {
      assertEquals(id[0], line.get("span").get("id").asLong());
      assertEquals("DEBUG", line.get("level").asText());
    }
    JsonNode close = lines.get(3).get("fields");
    assertTrue(close.get("time.busy").isIntegralNumber(), close.toString());
    assertTrue(close.get("time.idle").isIntegralNumber(), close.toString());
    assertTrue(close.get("time.busy").asLong() >= 0 && close.get("time.idle").asLong() >= 0);
  }

  @Test
  void droppedRecordsAreCountedInAJsonLineOfTheirOwn() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    OutputStream stalled = new OutputStream() {
      @Override
      public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public synchronized void write(byte[] b, int off, int len) {
        try {
          release.await();
        } catch (InterruptedException e) {
          throw new AssertionError(e);
        }
        written.write(b, off, len);
      }
    };
    JsonLayer layer = JsonLayer.builder().output(Output.stream(stalled, "stalled"))
        .writerOptions(OutputWriter.options().capacityBytes(4096).overflow(Overflow.DROP))
        .build();
    int events = 500;
    Tracing.withDefault(Registry.builder().with(layer).build(), () -> {
      for (int i = 0; i < events; i++) {
        log.atInfo().field("i", i).log("event");
      }
    });
    release.countDown();
    layer.shutdown();

    long kept = 0;
    long dropped = 0;
    for (String line : written.toString(StandardCharsets.UTF_8).split("\n")) {
      JsonNode node = MAPPER.readTree(line);
      if (node.get("fields").has("dropped")) {
        assertEquals("tracing4j", node.get("target").asText());
        dropped += node.get("fields").get("dropped").asLong();
      } else {
        kept++;
      }
    }
    assertTrue(dropped > 0, "the buffer overflowed");
    assertEquals(events, kept + dropped, "every event is written or counted");
  }

  @Test
  void aValueWhoseToStringOverflowsTheStackIsWrittenAsAPlaceholder() throws Exception {
    PrintStream previous = FailureReporter.redirect(new PrintStream(new ByteArrayOutputStream()));
    try {
      List<JsonNode> lines = run(SpanEvents.NONE, () -> {
        Span span = log.span(Level.INFO, "s").field("v", HostileValues.RECURSIVE).start();
        try (Scope scope = span.enter()) {
          log.atInfo().field("v", HostileValues.RECURSIVE).log("m");
        }
        span.close();
      });
      assertEquals(HostileValues.OVERFLOW_PLACEHOLDER, lines.get(0).get("fields").get("v").asText());
      assertEquals(HostileValues.OVERFLOW_PLACEHOLDER, lines.get(0).get("span").get("v").asText());
    } finally {
      FailureReporter.redirect(previous);
    }
  }

  @Test
  void aCharSequenceWhoseToStringThrowsIsWrittenAsAPlaceholder() throws Exception {
    PrintStream previous = FailureReporter.redirect(new PrintStream(new ByteArrayOutputStream()));
    try {
      List<JsonNode> lines = run(SpanEvents.NONE, () -> {
        Span span = log.span(Level.INFO, "s").field("t", (Object) HostileValues.BROKEN_TEXT)
            .start();
        try (Scope scope = span.enter()) {
          log.atInfo().field("t", (Object) HostileValues.BROKEN_TEXT).log("m");
        }
        span.close();
      });
      assertEquals(HostileValues.BROKEN_TEXT_PLACEHOLDER,
          lines.get(0).get("fields").get("t").asText());
      assertEquals(HostileValues.BROKEN_TEXT_PLACEHOLDER, lines.get(0).get("span").get("t").asText());
    } finally {
      FailureReporter.redirect(previous);
    }
  }

  @Test
  void aFieldNamedMessageCannotForgeTheMessage() throws Exception {
    List<JsonNode> lines = run(SpanEvents.NONE, () -> {
      log.atInfo().field("message", "forged").log("real");
      log.atInfo().field("message", "forged").log();
    });
    assertEquals(json("{'message':'real','field.message':'forged'}"), lines.get(0).get("fields"));
    assertEquals(json("{'field.message':'forged'}"), lines.get(1).get("fields"));
  }

  @Test
  void eventFieldsNamedLikeTheTimesOfACloseEventAreRenamed() throws Exception {
    JsonNode fields = run(SpanEvents.NONE, () -> log.atInfo().field("time.busy", 1L)
        .field("time.idle", 2L).log("close")).get(0).get("fields");
    assertEquals(json("{'message':'close','field.time.busy':1,'field.time.idle':2}"), fields);
  }

  @Test
  void spanFieldsNamedLikeTheSpansMembersOrTheirRenamingsStayApart() throws Exception {
    long[] id = new long[1];
    JsonNode span = run(SpanEvents.NONE, () -> {
      Span load = log.span(Level.INFO, "load").field("id", 1L).field("field.id", 2L)
          .field("field.field.name", 3L).field("name", "ada").field("field.", 4L).start();
      id[0] = load.id();
      try (Scope scope = load.enter()) {
        log.atInfo().log("loading");
      }
      load.close();
    }).get(0).get("span");
    assertEquals(json("{'id':" + id[0] + ",'name':'load','field.id':1,'field.field.id':2,"
        + "'field.field.field.name':3,'field.name':'ada','field.':4}"), span);
  }

  @Test
  void aRepeatedFieldNameIsWrittenOnceWithItsLastValue() throws Exception {
    JsonNode line = run(SpanEvents.NONE, () -> {
      Span span = log.span(Level.INFO, "s").field("a", 1L).field("a", "two").start();
      try (Scope scope = span.enter()) {
        log.atInfo().field("a", 1L).field("b", 2L).field("a", 3L).log("m");
      }
      span.close();
    }).get(0);
    assertEquals(json("{'message':'m','a':3,'b':2}"), line.get("fields"));
    assertEquals("two", line.get("span").get("a").asText());
  }

  @Test
  void escapesLineSeparatorsAndBidirectionalControlsWhereverTheyAre() throws Exception {
    String controls = "\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";
    Tracer hostile = Tracer.of("t" + controls);
    List<JsonNode> lines = run(SpanEvents.NONE, () -> {
      Span span = hostile.span(Level.INFO, "s" + controls).field("f" + controls, "v" + controls)
          .field("id", controls).start();
      try (Scope scope = span.enter()) {
        hostile.atInfo().field("o" + controls, (Object) List.of(controls))
            .field("message", controls).log("m" + controls);
      }
      span.close();
    });
    String text = captured.text();
    assertTrue(text.chars().noneMatch(c -> c >= 0x2028 && c <= 0x202e || c >= 0x2066 && c <= 0x2069),
        text);
    assertTrue(text.contains("\\u2028\\u2029\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066"
        + "\\u2067\\u2068\\u2069"), text);
    JsonNode line = lines.get(0);
    assertEquals("t" + controls, line.get("target").asText());
    assertEquals("m" + controls, line.get("fields").get("message").asText());
    assertEquals(controls, line.get("fields").get("field.message").asText());
    assertEquals("[" + controls + "]", line.get("fields").get("o" + controls).asText());
    assertEquals("s" + controls, line.get("span").get("name").asText());
    assertEquals("v" + controls, line.get("span").get("f" + controls).asText());
    assertEquals(controls, line.get("span").get("field.id").asText());
  }

  @Test
  void escapesLineSeparatorsInTheThreadName() throws Exception {
    Thread thread = Thread.currentThread();
    String name = thread.getName();
    List<JsonNode> lines;
    try {
      thread.setName("worker\u2028two");
      lines = run(SpanEvents.NONE, () -> log.atInfo().log("m"));
    } finally {
      thread.setName(name);
    }
    assertEquals("worker\u2028two", lines.get(0).get("thread").asText());
    assertTrue(captured.text().contains("\"thread\":\"worker\\u2028two\""), captured.text());
  }

  @Test
  void keepsNonAsciiTextThatNeedsNoEscapeAsUtf8() throws Exception {
    run(SpanEvents.NONE, () -> log.atInfo().field("city", "Z\u00fcrich \u4e2d \ud83d\ude80").log("é"));
    assertTrue(captured.text().contains(
        "\"fields\":{\"message\":\"\u00e9\",\"city\":\"Z\u00fcrich \u4e2d \ud83d\ude80\"}"),
        captured.text());
  }
}
