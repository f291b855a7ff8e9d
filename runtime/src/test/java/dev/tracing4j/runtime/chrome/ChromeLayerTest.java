package dev.tracing4j.runtime.chrome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.format.HostileValues;
import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.output.OutputWriter;
import dev.tracing4j.runtime.output.Overflow;
import dev.tracing4j.runtime.output.StalledStream;
import dev.tracing4j.runtime.registry.Registry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromeLayerTest {

  private static final Tracer log = Tracer.of("com.shop.Worker");
  /** Fails on a repeated member name, which last-wins readers would resolve silently. */
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  @TempDir
  Path dir;

  private List<JsonNode> trace(Runnable program) throws Exception {
    Path file = dir.resolve("trace.json");
    Files.writeString(file, "stale content that must not survive");
    ChromeLayer layer = ChromeLayer.builder().output(Output.file(file)).build();
    Registry registry = Registry.builder().with(layer).build();
    Tracing.withDefault(registry, program);
    registry.shutdown();
    JsonNode root = MAPPER.readTree(file.toFile()); // the whole file is one JSON document
    List<JsonNode> events = new ArrayList<>();
    root.get("traceEvents").forEach(events::add);
    return events;
  }

  private static List<JsonNode> where(List<JsonNode> events, Predicate<JsonNode> test) {
    return events.stream().filter(test).toList();
  }

  private static Predicate<JsonNode> phase(String ph) {
    return e -> e.get("ph").asText().equals(ph);
  }

  @Test
  void spansEventsAndThreadsBecomeTraceEvents() throws Exception {
    long[] id = new long[1];
    List<JsonNode> events = trace(() -> {
      Span job = log.span(Level.INFO, "job").field("size", 3).start();
      id[0] = job.id();
      try (Scope scope = job.enter()) {
        log.atWarn().field("left", 2).log("slow");
      }
      job.close();
    });
    long tid = Thread.currentThread().getId();

    JsonNode begin = where(events, phase("b")).get(0);
    assertEquals("job", begin.get("name").asText());
    assertEquals("com.shop.Worker", begin.get("cat").asText());
    assertEquals(id[0], begin.get("id").asLong());
    assertEquals(3, begin.get("args").get("size").asLong());

    JsonNode interval = where(events, phase("X")).get(0);
    assertEquals("job", interval.get("name").asText());
    assertEquals(tid, interval.get("tid").asLong());
    assertTrue(interval.get("dur").asDouble() >= 0);
    assertEquals(3, interval.get("args").get("size").asLong());

    JsonNode instant = where(events, phase("i")).get(0);
    assertEquals("slow", instant.get("name").asText());
    assertEquals("t", instant.get("s").asText());
    assertEquals("WARN", instant.get("args").get("level").asText());
    assertEquals(2, instant.get("args").get("left").asLong());
    assertTrue(instant.get("ts").asDouble() >= interval.get("ts").asDouble());

    JsonNode end = where(events, phase("e")).get(0);
    assertEquals(id[0], end.get("id").asLong());
    assertEquals("job", end.get("name").asText());
    assertTrue(end.get("args").get("time.busy").isIntegralNumber());
    assertTrue(end.get("ts").asDouble() >= begin.get("ts").asDouble());

    assertEquals(List.of(Thread.currentThread().getName()),
        where(events, e -> e.get("name").asText().equals("thread_name")).stream()
            .map(e -> e.get("args").get("name").asText()).toList());
    assertEquals(1, where(events, e -> e.get("name").asText().equals("process_name")).size());
  }

  @Test
  void aSpanEnteredOnTwoThreadsIsOneAsyncSliceWithAnIntervalOnEach() throws Exception {
    List<JsonNode> events = trace(() -> {
      Span shared = log.span(Level.INFO, "shared").start();
      shared.enter().close();
      Thread other = new Thread(() -> shared.enter().close(), "other-thread");
      other.start();
      try {
        other.join();
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      shared.close();
    });
    assertEquals(1, where(events, phase("b")).size());
    assertEquals(1, where(events, phase("e")).size());
    List<JsonNode> intervals = where(events, phase("X"));
    assertEquals(2, intervals.size());
    assertTrue(intervals.get(0).get("tid").asLong() != intervals.get(1).get("tid").asLong());
    assertTrue(where(events, e -> e.get("ph").asText().equals("M")
        && e.get("args").get("name").asText().equals("other-thread")).size() == 1);
  }

  @Test
  void nothingIsWrittenAfterShutdownSoTheFileStaysValid() throws Exception {
    Path file = dir.resolve("late.json");
    ChromeLayer layer = ChromeLayer.builder().output(Output.file(file)).build();
    Registry registry = Registry.builder().with(layer).build();
    Tracing.withDefault(registry, () -> log.atInfo().log("before"));
    registry.shutdown();
    Tracing.withDefault(registry, () -> log.atInfo().log("after"));
    registry.shutdown();
    JsonNode root = MAPPER.readTree(file.toFile());
    assertEquals(1, where(toList(root), phase("i")).size());
  }

  private static List<JsonNode> toList(JsonNode root) {
    List<JsonNode> events = new ArrayList<>();
    root.get("traceEvents").forEach(events::add);
    return events;
  }

  @Test
  void aValueWhoseToStringOverflowsTheStackIsWrittenAsAPlaceholder() throws Exception {
    PrintStream previous = FailureReporter.redirect(new PrintStream(new ByteArrayOutputStream()));
    try {
      List<JsonNode> events = trace(() -> {
        Span span = log.span(Level.INFO, "s").field("v", HostileValues.RECURSIVE).start();
        try (Scope scope = span.enter()) {
          log.atInfo().field("v", HostileValues.RECURSIVE).log("m");
        }
        span.close();
      });
      for (String ph : new String[] {"b", "X", "i"}) {
        assertEquals(HostileValues.OVERFLOW_PLACEHOLDER,
            where(events, phase(ph)).get(0).get("args").get("v").asText(), ph);
      }
    } finally {
      FailureReporter.redirect(previous);
    }
  }

  @Test
  void aCharSequenceWhoseToStringThrowsIsWrittenAsAPlaceholder() throws Exception {
    PrintStream previous = FailureReporter.redirect(new PrintStream(new ByteArrayOutputStream()));
    try {
      List<JsonNode> events = trace(() -> {
        Span span = log.span(Level.INFO, "s").field("t", (Object) HostileValues.BROKEN_TEXT)
            .start();
        try (Scope scope = span.enter()) {
          log.atInfo().field("t", (Object) HostileValues.BROKEN_TEXT).log("m");
        }
        span.close();
      });
      for (String ph : new String[] {"b", "X", "i"}) {
        assertEquals(HostileValues.BROKEN_TEXT_PLACEHOLDER,
            where(events, phase(ph)).get(0).get("args").get("t").asText(), ph);
      }
    } finally {
      FailureReporter.redirect(previous);
    }
  }

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text.replace('\'', '"'));
  }

  @Test
  void eventFieldsNamedLevelOrMessageAreRenamedInArgs() throws Exception {
    List<JsonNode> instants = where(trace(() -> {
      log.atInfo().field("level", "ERROR").field("message", "forged").log("real");
      log.atInfo().field("message", "forged").log();
    }), phase("i"));
    assertEquals(json("{'level':'INFO','message':'real','field.level':'ERROR',"
        + "'field.message':'forged'}"), instants.get(0).get("args"));
    assertEquals("real", instants.get(0).get("name").asText());
    assertEquals(json("{'level':'INFO','field.message':'forged'}"), instants.get(1).get("args"));
    assertTrue(!instants.get(1).get("name").asText().equals("forged"),
        "a field named message does not name the event");
  }

  @Test
  void spanFieldsNamedLikeTheBusyAndIdleTimeAreRenamedInArgs() throws Exception {
    List<JsonNode> events = trace(() -> {
      Span span = log.span(Level.INFO, "s").field("time.busy", 1L).field("time.idle", 2L)
          .field("level", 3L).start();
      try (Scope scope = span.enter()) {
        log.atInfo().log("e");
      }
      span.close();
    });
    JsonNode args = json("{'field.time.busy':1,'field.time.idle':2,'level':3}");
    assertEquals(args, where(events, phase("b")).get(0).get("args"));
    assertEquals(args, where(events, phase("X")).get(0).get("args"));
    assertTrue(where(events, phase("e")).get(0).get("args").get("time.busy").isIntegralNumber());
  }

  @Test
  void escapesLineSeparatorsAndBidirectionalControls() throws Exception {
    String controls = "\u2028\u2029\u202e\u2066";
    List<JsonNode> events = trace(() -> {
      Span span = log.span(Level.INFO, "s" + controls).field("f" + controls, controls).start();
      try (Scope scope = span.enter()) {
        log.atInfo().field("e", controls).log("m" + controls);
      }
      span.close();
    });
    String text = Files.readString(dir.resolve("trace.json"));
    assertTrue(text.chars().noneMatch(c -> c >= 0x2028 && c <= 0x202e || c >= 0x2066 && c <= 0x2069),
        text);
    assertEquals("m" + controls, where(events, phase("i")).get(0).get("name").asText());
    assertEquals(controls, where(events, phase("i")).get(0).get("args").get("e").asText());
    assertEquals(controls, where(events, phase("b")).get(0).get("args").get("f" + controls).asText());
  }

  @Test
  void theDropNoticeComesBeforeTheClosingBracketAndTheFooterIsNeverDropped() throws Exception {
    StalledStream stream = new StalledStream();
    ChromeLayer layer = ChromeLayer.builder().output(Output.stream(stream, "stalled"))
        .writerOptions(OutputWriter.options().capacityBytes(1024).overflow(Overflow.DROP))
        .build();
    Registry registry = Registry.builder().with(layer).build();
    assertTrue(stream.firstWriteStarted.await(5, TimeUnit.SECONDS), "the header is being written");
    int records = 200; // far more than 1 KiB while the destination is stalled
    Tracing.withDefault(registry, () -> {
      for (int i = 0; i < records; i++) {
        log.atInfo().field("i", i).log("m");
      }
    });
    Thread closer = new Thread(registry::shutdown, "closer");
    closer.start();
    while (closer.getState() == Thread.State.RUNNABLE || closer.getState() == Thread.State.NEW) {
      Thread.sleep(1); // until the footer is asked for and the closer waits for the writer
    }
    stream.release.countDown();
    closer.join();

    List<JsonNode> events = toList(MAPPER.readTree(stream.text()));
    JsonNode notice = where(events, e -> e.path("cat").asText().equals("tracing4j")).get(0);
    long kept = where(events, e -> e.path("name").asText().equals("m")).size();
    assertEquals(records, kept + notice.get("args").get("dropped").asLong(),
        "every record is either written or counted");
    assertEquals("process_name", events.get(events.size() - 1).get("name").asText());
  }

  @Test
  void aSymbolicLinkPlantedAtTheTracePathIsRefusedInsteadOfEmptyingItsTarget() throws Exception {
    Path target = Files.writeString(dir.resolve("precious.txt"), "precious\n");
    Path link = Files.createSymbolicLink(dir.resolve("trace-1234.json"), target);
    UncheckedIOException refused = assertThrows(UncheckedIOException.class,
        () -> ChromeLayer.builder().output(Output.file(link)).build());
    assertTrue(refused.getMessage().startsWith("cannot open " + link
        + " for writing: it is a symbolic link"), refused.getMessage());
    assertEquals("precious\n", Files.readString(target));
  }
}
