package dev.tracing4j.runtime.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertLinesMatch;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.SpanBuilder;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.filter.EnvFilter;
import dev.tracing4j.runtime.format.HostileValues;
import dev.tracing4j.runtime.format.SpanEvents;
import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.registry.Registry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FmtLayerTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:15:30.123456Z"), ZoneOffset.UTC);
  private static final Tracer log = Tracer.of("com.shop.OrderService");

  private final CapturedOutput captured = new CapturedOutput();

  private List<String> run(String filter, SpanEvents spanEvents, boolean ansi, Runnable program) {
    FmtLayer layer = FmtLayer.builder().output(captured.output()).spanEvents(spanEvents)
        .ansi(ansi).clock(CLOCK).build();
    Registry registry = Registry.builder().with(layer, EnvFilter.parse(filter)).build();
    Tracing.withDefault(registry, program);
    layer.flush();
    return captured.lines();
  }

  private List<String> run(Runnable program) {
    return run("trace", SpanEvents.NONE, false, program);
  }

  @Test
  void printsEventInsideNestedSpansAsTheSpecShows() {
    List<String> lines = run(() -> {
      Span handle = log.span(Level.INFO, "handle").field("request.id", "r-1").start();
      try (Scope outer = handle.enter()) {
        Span place = log.span(Level.INFO, "place").field("order.id", 42L).start();
        try (Scope inner = place.enter()) {
          log.atInfo().field("ok", true).log("placed");
        }
        place.close();
      }
      handle.close();
    });
    assertEquals(List.of("2026-11-24T10:15:30.123456Z  INFO handle{request.id=\"r-1\"}"
        + ":place{order.id=42}: com.shop.OrderService: placed ok=true"), lines);
  }

  @Test
  void printsEventOutsideAnySpanWithoutContext() {
    List<String> lines = run(() -> log.atError().field("code", 7).log("failed"));
    assertEquals(List.of("2026-11-24T10:15:30.123456Z ERROR com.shop.OrderService: failed code=7"),
        lines);
  }

  @Test
  void rightAlignsEveryLevelInFiveColumns() {
    List<String> lines = run(() -> {
      for (Level level : Level.values()) {
        log.at(level).log("x");
      }
    });
    assertEquals(List.of(
        "2026-11-24T10:15:30.123456Z TRACE com.shop.OrderService: x",
        "2026-11-24T10:15:30.123456Z DEBUG com.shop.OrderService: x",
        "2026-11-24T10:15:30.123456Z  INFO com.shop.OrderService: x",
        "2026-11-24T10:15:30.123456Z  WARN com.shop.OrderService: x",
        "2026-11-24T10:15:30.123456Z ERROR com.shop.OrderService: x"), lines);
  }

  @Test
  void formatsEachFieldTypeAsTheSpecSays() {
    List<String> lines = run(() -> log.atInfo()
        .field("l", -5L).field("d", 1.5).field("b", false).field("s", "text")
        .field("n", (String) null).field("o", new StringBuilder("built")).field("a", new int[] {1, 2})
        .field("boxed", (Object) Integer.valueOf(3)).field("nan", Double.NaN)
        .log());
    assertEquals(List.of("2026-11-24T10:15:30.123456Z  INFO com.shop.OrderService: "
        + "l=-5 d=1.5 b=false s=\"text\" n=null o=\"built\" a=[1, 2] boxed=3 nan=NaN"), lines);
  }

  @Test
  void writesHashCollidingAndEqualButDistinctFieldNamesExactlyOnEveryLine() {
    // "Aa" and "BB" have the same hash, so they compete for one slot of the name cache.
    String built = new StringBuilder("bu").append("ilt").toString();
    List<String> lines = run(() -> {
      for (int i = 0; i < 3; i++) {
        log.atInfo().field("Aa", i).field("BB", true).field("a\nb", "x").field(built, 1).log();
        log.atInfo().field("BB", false).field("Aa", "first").field("built", 2).log("m");
      }
    });
    for (int i = 0; i < 3; i++) {
      assertEquals("2026-11-24T10:15:30.123456Z  INFO com.shop.OrderService: Aa=" + i
          + " BB=true a\\nb=\"x\" built=1", lines.get(2 * i));
      assertEquals("2026-11-24T10:15:30.123456Z  INFO com.shop.OrderService: m BB=false"
          + " Aa=\"first\" built=2", lines.get(2 * i + 1));
    }
  }

  @Test
  void escapesLineBreaksAndControlCharactersSoOneEventIsOneLine() {
    List<String> lines = run(() -> log.atInfo()
        .field("s", "a\"b\\c\nd\re\tf\u001b[31mg\u2028h")
        .field("o", new Object() {
          @Override
          public String toString() {
            return "two\nlines";
          }
        })
        .log("multi\nline\u0000message"));
    assertEquals(List.of("2026-11-24T10:15:30.123456Z  INFO com.shop.OrderService: "
        + "multi\\nline\\u0000message s=\"a\\\"b\\\\c\\nd\\re\\tf\\u001b[31mg\\u2028h\" o=two\\nlines"),
        lines);
  }

  @Test
  void replacesLoneSurrogatesInsteadOfWritingInvalidUtf8() {
    List<String> lines = run(() -> log.atInfo().field("s", "x\ud800y").log("\udc00"));
    assertEquals(List.of("2026-11-24T10:15:30.123456Z  INFO com.shop.OrderService: \ufffd s=\"x\ufffdy\""),
        lines);
  }

  @Test
  void printsCloseWithBusyAndIdleTimeWhenAskedFor() {
    List<String> lines = run("trace", SpanEvents.parse("close"), false, () -> {
      Span span = log.span(Level.DEBUG, "batch").field("size", 10).start();
      span.enter().close();
      span.close();
    });
    assertLinesMatch(List.of("2026-11-24T10:15:30.123456Z DEBUG batch\\{size=10\\}: "
        + "com.shop.OrderService: close time.busy=\\d+(\\.\\d+)?(ns|µs|ms|s) "
        + "time.idle=\\d+(\\.\\d+)?(ns|µs|ms|s)"), lines);
  }

  @Test
  void printsEveryLifecycleEventWithFull() {
    List<String> lines = run("trace", SpanEvents.FULL, false, () -> {
      Span span = log.span(Level.INFO, "job").start();
      try (Scope scope = span.enter()) {
        log.atInfo().log("working");
      }
      span.close();
    });
    assertEquals(5, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).endsWith(" INFO job: com.shop.OrderService: new"), lines.get(0));
    assertTrue(lines.get(1).endsWith(" INFO job: com.shop.OrderService: enter"), lines.get(1));
    assertTrue(lines.get(2).endsWith(" INFO job: com.shop.OrderService: working"), lines.get(2));
    assertTrue(lines.get(3).endsWith(" INFO job: com.shop.OrderService: exit"), lines.get(3));
    assertTrue(lines.get(4).contains(" INFO job: com.shop.OrderService: close time.busy="),
        lines.get(4));
  }

  @Test
  void showsFieldsRecordedAfterCreationAndSkipsDeclaredOnesWithoutValue() {
    List<String> lines = run(() -> {
      Span span = SpanBuilder.of(dev.tracing4j.runtime.Callsite.span("load", "com.shop.Repo",
          Level.INFO, "Repo.java", 12, "id", "rows")).field("id", 5).start();
      try (Scope scope = span.enter()) {
        log.atInfo().log("before");
        Span.current().record("rows", 17L);
        log.atInfo().log("after");
      }
      span.close();
    });
    assertEquals(List.of(
        "2026-11-24T10:15:30.123456Z  INFO load{id=5}: com.shop.OrderService: before",
        "2026-11-24T10:15:30.123456Z  INFO load{id=5 rows=17}: com.shop.OrderService: after"),
        lines);
  }

  @Test
  void omitsSpansTheLayersFilterDisabledFromTheContext() {
    List<String> lines = run("info", SpanEvents.NONE, false, () -> {
      Span outer = log.span(Level.INFO, "outer").start();
      try (Scope a = outer.enter()) {
        Span hidden = log.span(Level.DEBUG, "hidden").start();
        try (Scope b = hidden.enter()) {
          log.atInfo().log("seen");
        }
        hidden.close();
      }
      outer.close();
    });
    assertEquals(List.of("2026-11-24T10:15:30.123456Z  INFO outer: com.shop.OrderService: seen"),
        lines);
  }

  @Test
  void colorsOnlyWhenAsked() {
    List<String> lines = run("trace", SpanEvents.NONE, true, () -> log.atWarn().log("careful"));
    assertEquals(List.of("\u001b[2m2026-11-24T10:15:30.123456Z\u001b[0m \u001b[33m WARN\u001b[0m "
        + "\u001b[2mcom.shop.OrderService:\u001b[0m careful"), lines);
  }

  @Test
  void layersWithAndWithoutColoursEachWriteTheirOwnTargetOnAlternatingTargets() {
    CapturedOutput coloured = new CapturedOutput();
    FmtLayer plainLayer = FmtLayer.builder().output(captured.output()).ansi(false).clock(CLOCK)
        .build();
    FmtLayer colouredLayer = FmtLayer.builder().output(coloured.output()).ansi(true).clock(CLOCK)
        .build();
    Registry registry = Registry.builder().with(plainLayer, EnvFilter.parse("info"))
        .with(colouredLayer, EnvFilter.parse("info")).build();
    Tracer db = Tracer.of("com.shop.db");
    Tracing.withDefault(registry, () -> {
      log.atInfo().log("a");
      log.atInfo().log("b");
      db.atInfo().log("c");
      log.atInfo().log("d");
    });
    plainLayer.flush();
    colouredLayer.flush();
    assertEquals(List.of("com.shop.OrderService: a", "com.shop.OrderService: b",
        "com.shop.db: c", "com.shop.OrderService: d"),
        captured.lines().stream().map(line -> line.substring(line.indexOf(" INFO ") + 6)).toList());
    assertEquals(List.of("\u001b[2mcom.shop.OrderService:\u001b[0m a",
        "\u001b[2mcom.shop.OrderService:\u001b[0m b", "\u001b[2mcom.shop.db:\u001b[0m c",
        "\u001b[2mcom.shop.OrderService:\u001b[0m d"),
        coloured.lines().stream().map(line -> line.substring(line.indexOf(" INFO") + 10)).toList());
  }

  @Test
  void aToStringThatThrowsIsPrintedAsAPlaceholderAndReportedOnce() {
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream previous = FailureReporter.redirect(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      Object hostile = new Object() {
        @Override
        public String toString() {
          throw new IllegalStateException("boom");
        }
      };
      List<String> lines = run(() -> {
        log.atInfo().field("x", hostile).log("one");
        log.atInfo().field("x", hostile).log("two");
      });
      assertEquals(List.of(
          "2026-11-24T10:15:30.123456Z  INFO com.shop.OrderService: one"
              + " x=<toString() threw java.lang.IllegalStateException: boom>",
          "2026-11-24T10:15:30.123456Z  INFO com.shop.OrderService: two"
              + " x=<toString() threw java.lang.IllegalStateException: boom>"), lines);
      String report = stderr.toString(StandardCharsets.UTF_8);
      assertEquals(1, report.split("tracing4j: ", -1).length - 1, report);
      assertTrue(report.contains("IllegalStateException: boom"), report);
    } finally {
      FailureReporter.redirect(previous);
    }
  }

  @Test
  void aValueWhoseToStringOverflowsTheStackIsPrintedAsAPlaceholderAndReportedOnce() {
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream previous = FailureReporter.redirect(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      List<String> lines = run(() -> {
        Span span = log.span(Level.INFO, "s").field("v", HostileValues.RECURSIVE).start();
        try (Scope scope = span.enter()) {
          log.atInfo().field("v", HostileValues.RECURSIVE).log("one");
          log.atInfo().field("v", HostileValues.RECURSIVE).log("two");
        }
        span.close();
      });
      String placeholder = HostileValues.OVERFLOW_PLACEHOLDER;
      assertEquals(List.of(
          "2026-11-24T10:15:30.123456Z  INFO s{v=" + placeholder + "}: com.shop.OrderService: one"
              + " v=" + placeholder,
          "2026-11-24T10:15:30.123456Z  INFO s{v=" + placeholder + "}: com.shop.OrderService: two"
              + " v=" + placeholder), lines);
      String report = stderr.toString(StandardCharsets.UTF_8);
      assertEquals(1, report.split("tracing4j: ", -1).length - 1, report);
      assertTrue(report.contains("java.lang.StackOverflowError"), report);
    } finally {
      FailureReporter.redirect(previous);
    }
  }

  @Test
  void aCharSequenceWhoseToStringThrowsIsPrintedAsAPlaceholderString() {
    PrintStream previous = FailureReporter.redirect(new PrintStream(new ByteArrayOutputStream()));
    try {
      List<String> lines = run(() -> {
        Span span = log.span(Level.INFO, "s").field("t", (Object) HostileValues.BROKEN_TEXT)
            .start();
        try (Scope scope = span.enter()) {
          log.atInfo().field("t", (Object) HostileValues.BROKEN_TEXT).log("m");
        }
        span.close();
      });
      String placeholder = "\"" + HostileValues.BROKEN_TEXT_PLACEHOLDER + "\"";
      assertEquals(List.of("2026-11-24T10:15:30.123456Z  INFO s{t=" + placeholder
          + "}: com.shop.OrderService: m t=" + placeholder), lines);
    } finally {
      FailureReporter.redirect(previous);
    }
  }

  @Test
  void aFieldNamedMessageIsWrittenAsFieldMessageNotAsTheMessage() {
    List<String> lines = run(() -> {
      log.atInfo().field("message", "forged").log("real");
      log.atInfo().field("message", "forged").log();
      log.atInfo().field("message", (Object) List.of("forged")).log();
    });
    assertEquals(List.of(
        "2026-11-24T10:15:30.123456Z  INFO com.shop.OrderService: real field.message=\"forged\"",
        "2026-11-24T10:15:30.123456Z  INFO com.shop.OrderService: field.message=\"forged\"",
        "2026-11-24T10:15:30.123456Z  INFO com.shop.OrderService: field.message=[forged]"), lines);
  }

  @Test
  void eventFieldsNamedLikeTheTimesOfACloseEventAreRenamed() {
    List<String> lines = run(() -> log.atInfo().field("time.busy", "1ms")
        .field("field.time.idle", "2ms").log("close"));
    assertEquals(List.of("2026-11-24T10:15:30.123456Z  INFO com.shop.OrderService: close"
        + " field.time.busy=\"1ms\" field.field.time.idle=\"2ms\""), lines);
  }

  @Test
  void aFieldNamedMessageIsRenamedWithColoursToo() {
    List<String> lines = run("trace", SpanEvents.NONE, true,
        () -> log.atInfo().field("message", 1L).log("real"));
    assertTrue(lines.get(0).endsWith(" real \u001b[3mfield.message\u001b[0m=1"), lines.get(0));
  }

  @Test
  void aRepeatedFieldNameIsWrittenOnceWithItsLastValueInItsFirstPlace() {
    List<String> lines = run(() -> {
      Span span = log.span(Level.INFO, "s").field("a", 1L).field("a", "two").start();
      try (Scope scope = span.enter()) {
        log.atInfo().field("a", 1L).field("b", 2L).field("a", 3L).log("m");
      }
      span.close();
    });
    assertEquals(List.of("2026-11-24T10:15:30.123456Z  INFO s{a=\"two\"}: com.shop.OrderService:"
        + " m a=3 b=2"), lines);
  }

  @Test
  void spanFieldsKeepTheirNamesSinceFmtWritesNoneOfItsOwnInsideTheBraces() {
    List<String> lines = run(() -> {
      Span span = log.span(Level.INFO, "s").field("message", "m").field("id", 1L)
          .field("field.id", 2L).start();
      try (Scope scope = span.enter()) {
        log.atInfo().log("e");
      }
      span.close();
    });
    assertEquals(List.of("2026-11-24T10:15:30.123456Z  INFO s{message=\"m\" id=1 field.id=2}:"
        + " com.shop.OrderService: e"), lines);
  }

  @Test
  void escapesBidirectionalControlsSoTheyCannotReorderTheLine() {
    String controls = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";
    String escaped = "\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069";
    List<String> lines = run(() -> {
      Span span = Tracer.of("t" + controls).span(Level.INFO, "s" + controls)
          .field("f" + controls, "v" + controls).start();
      try (Scope scope = span.enter()) {
        Tracer.of("t" + controls).atInfo().field("o" + controls, (Object) List.of(controls))
            .log("m" + controls);
      }
      span.close();
    });
    assertEquals(List.of("2026-11-24T10:15:30.123456Z  INFO s" + escaped + "{f" + escaped
        + "=\"v" + escaped + "\"}: t" + escaped + ": m" + escaped + " o" + escaped + "=["
        + escaped + "]"), lines);
  }

  @Test
  void keepsTheDirectionalMarksAndRightToLeftTextThatAreNotControls() {
    List<String> lines = run(() -> log.atInfo().field("s", "\u05e9\u05dc\u05d5\u05dd\u200f")
        .log("\u0645\u0631\u062d\u0628\u0627"));
    assertEquals(List.of("2026-11-24T10:15:30.123456Z  INFO com.shop.OrderService: "
        + "\u0645\u0631\u062d\u0628\u0627 s=\"\u05e9\u05dc\u05d5\u05dd\u200f\""), lines);
  }
}
