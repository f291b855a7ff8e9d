package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracing4j.it.programs.BulkEventsProgram;
import dev.tracing4j.it.programs.CheckoutProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The json and chrome subscribers chosen by configuration, in a fresh JVM that exits normally. */
class OutputFormatsIT {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void aHundredThousandJsonEventsAreAllInTheFileAfterExit() throws Exception {
    Path file = dir.resolve("events.jsonl");
    int events = 100_000;
    ProgramRun run = ProgramRun.run(BulkEventsProgram.class, List.of(
        "-Dtracing4j.subscriber=json", "-Dtracing4j.output=" + file), Map.of(),
        String.valueOf(events));
    assertEquals(0, run.exitCode, run.toString());
    assertEquals("", run.stderr);

    BitSet seen = new BitSet(events);
    List<String> lines = Files.readAllLines(file);
    assertEquals(events, lines.size());
    for (String line : lines) {
      JsonNode event = MAPPER.readTree(line);
      int seq = event.get("fields").get("seq").asInt();
      assertTrue(!seen.get(seq), "event " + seq + " twice");
      seen.set(seq);
      assertEquals(seq % 100, event.get("fields").get("payload").asText().length());
      assertEquals(seq % 4, event.get("span").get("worker").asInt(), "in its worker's span");
      assertEquals("bulk-" + (seq % 4), event.get("thread").asText());
    }
    assertEquals(events, seen.cardinality());
  }

  @Test
  void jsonToStdoutIsOneObjectPerLine() throws Exception {
    ProgramRun run = ProgramRun.run(CheckoutProgram.class, List.of("-Dtracing4j.subscriber=json",
        "-Dtracing4j.output=stdout", "-Dtracing4j.span_events=close"), Map.of());
    assertEquals(0, run.exitCode, run.toString());
    List<JsonNode> lines = run.stdout.lines().map(line -> {
      try {
        return MAPPER.readTree(line);
      } catch (Exception e) {
        throw new AssertionError(line, e);
      }
    }).toList();
    assertEquals(List.of("placed", "close", "placed", "close", "close", "done"),
        lines.stream().map(l -> l.get("fields").get("message").asText()).toList());
    JsonNode close = lines.get(1);
    assertEquals("place", close.get("span").get("name").asText());
    assertTrue(close.get("fields").get("time.busy").isIntegralNumber());
    assertEquals(List.of("handle", "place"), List.of(close.get("spans").get(0).get("name").asText(),
        close.get("spans").get(1).get("name").asText()));
  }

  @Test
  void chromeWritesAValidTraceNamedAfterThePidByDefault() throws Exception {
    ProgramRun run = ProgramRun.runIn(dir, BulkEventsProgram.class,
        List.of("-Dtracing4j.subscriber=chrome"), Map.of(), "1000");
    assertEquals(0, run.exitCode, run.toString());
    List<Path> traces;
    try (Stream<Path> files = Files.list(dir)) {
      traces = files.filter(f -> f.getFileName().toString().matches("trace-\\d+\\.json")).toList();
    }
    assertEquals(1, traces.size(), "one trace-<pid>.json");
    JsonNode trace = MAPPER.readTree(traces.get(0).toFile());
    long instants = 0;
    long workers = 0;
    for (JsonNode event : trace.get("traceEvents")) {
      instants += event.get("ph").asText().equals("i") ? 1 : 0;
      workers += event.get("ph").asText().equals("X") ? 1 : 0;
    }
    assertEquals(1000, instants);
    assertEquals(4, workers, "one interval per worker span");
  }
}
