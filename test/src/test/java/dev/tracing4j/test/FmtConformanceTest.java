package dev.tracing4j.test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.fmt.FmtLayer;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.registry.Registry;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code trace.fmt()} is fmt's output without the timestamp, byte for byte: the same program is
 * traced into the test recorder and into a real fmt layer of the same registry, on values chosen
 * to hit every escaping rule.
 */
class FmtConformanceTest {

  private static final Tracer log = Tracer.of("com.shop.Hostile\u202eTarget");

  @Test
  void fmtTextIsTheFmtLayersOutputWithoutTimestamps() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FmtLayer fmt = FmtLayer.builder().output(Output.stream(out, "memory")).ansi(false)
        .clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();
    TestRecording recording = new TestRecording(() -> null);
    Registry registry = Registry.builder().with(new RoutingLayer(() -> recording)).with(fmt)
        .build();

    Tracing.withDefault(registry, FmtConformanceTest::traceHostileValues);
    registry.shutdown();

    String expected = out.toString(UTF_8).lines()
        .map(line -> line.substring("1970-01-01T00:00:00.000000Z ".length()))
        .map(line -> line + "\n")
        .reduce("", String::concat);
    String actual = recording.snapshot().fmt();
    assertEquals(11, actual.lines().count(), actual);
    assertEquals(expected, actual);
  }

  private static void traceHostileValues() {
    Span outer = log.span(Level.INFO, "outer \"span\"\n").field("text", "a \"quoted\" \\ line\nbreak")
        .field("controls", "\u0001\u007f\u0085\t\r\b\f").field("separators", "\u2028\u2029")
        .field("bidi", "\u202a\u202e\u2066\u2069 \u200e kept").field("surrogates", "\ud800 \udc00 x")
        .field("emoji", "\ud83d\ude00").field("nothing", (String) null).field("later").start();
    try (Scope scope = outer.enter()) {
      log.atInfo().log("plain");
      log.atWarn().field("n", -9_223_372_036_854_775_808L).field("pi", 3.5).field("nan", Double.NaN)
          .field("inf", Double.NEGATIVE_INFINITY).field("flag", false).log("numbers");
      log.atError().field("message", "a field named message").field("time.busy", 1L)
          .field("field.time.idle", 2L).field("field.other", 3L).log("structural names");
      outer.record("later", "recorded \"after\"");
      log.atDebug().log("after the record\nwith a break");
      Span inner = log.span(Level.DEBUG, "inner").start();
      try (Scope innerScope = inner.enter()) {
        log.atTrace().field("object", new Object() {
          @Override
          public String toString() {
            return "multi\nline \"object\"";
          }
        }).field("array", new int[] {1, 2}).field("list", List.of("a", "b")).log();
        log.atInfo().log("");
        log.atInfo().field("after", "an empty message").log("");
        log.atInfo().field("nameless", new Object() {
          @Override
          public String toString() {
            return null;
          }
        }).log("a toString returning null");
      }
      inner.close();
      Span empty = log.span(Level.INFO, "no fields").start();
      empty.inScope(() -> log.atInfo().log("inside an empty span"));
      empty.close();
    }
    outer.close();
    log.atInfo().field("\u0000 odd name", 1L).log("outside");
    log.atInfo().log("\ud83d\ude00 emoji \udbff");
  }
}
