package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracing4j.it.programs.ExitWhileTracingProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files stay whole when the JVM exits while threads are still tracing. */
class ShutdownIT {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  @TempDir
  Path dir;

  @Test
  void aChromeTraceIsValidJsonAfterSystemExitFromAnotherThread() throws Exception {
    for (int attempt = 0; attempt < 5; attempt++) { // the race used to break 1 run in 3
      Path file = dir.resolve("trace-" + attempt + ".json");
      ProgramRun run = ProgramRun.run(ExitWhileTracingProgram.class,
          List.of("-Dtracing4j.subscriber=chrome", "-Dtracing4j.output=" + file), Map.of(),
          "2000");
      assertEquals(0, run.exitCode, run.toString());
      JsonNode trace = MAPPER.readTree(file.toFile()); // one whole JSON document, or it throws
      long ticks = 0;
      for (JsonNode event : trace.get("traceEvents")) {
        ticks += event.path("name").asText().equals("tick") ? 1 : 0;
      }
      assertTrue(ticks >= 2_000, "every event before the exit is in the trace: " + ticks);
      assertEquals("process_name", last(trace).path("name").asText(),
          "the footer is the last record");
    }
  }

  @Test
  void everyJsonLineIsWholeAfterSystemExitFromAnotherThread() throws Exception {
    Path file = dir.resolve("events.jsonl");
    ProgramRun run = ProgramRun.run(ExitWhileTracingProgram.class,
        List.of("-Dtracing4j.subscriber=json", "-Dtracing4j.output=" + file), Map.of(), "2000");
    assertEquals(0, run.exitCode, run.toString());
    List<String> lines = Files.readAllLines(file);
    assertTrue(lines.size() >= 2_000, lines.size() + " lines");
    for (String line : lines) {
      assertEquals("tick", MAPPER.readTree(line).path("fields").path("message").asText(), line);
    }
  }

  private static JsonNode last(JsonNode trace) {
    JsonNode events = trace.get("traceEvents");
    return events.get(events.size() - 1);
  }
}
