package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracing4j.it.programs.JsonValuesProgram;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The json and chrome subscribers with the oldest jackson-core the runtime supports in place of
 * the one it is built with, as in an application whose build settled on an older version.
 */
class OldestJacksonIT {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  /** The test class path with the oldest supported jackson-core instead of the current one. */
  private static String classPathWithOldestJackson() {
    Path oldest = Path.of(System.getProperty("oldest.jackson.core"));
    assertTrue(Files.isRegularFile(oldest), "copied by the build: " + oldest);
    String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
    List<String> replaced = Arrays.stream(entries)
        .map(entry -> Path.of(entry).getFileName().toString().startsWith("jackson-core-")
            ? oldest.toString() : entry)
        .toList();
    assertEquals(1, replaced.stream().filter(oldest.toString()::equals).count(), replaced::toString);
    return replaced.stream().collect(Collectors.joining(File.pathSeparator));
  }

  @Test
  void jsonEventsReadBackTheSame() throws Exception {
    ProgramRun run = ProgramRun.runOnClassPath(null, classPathWithOldestJackson(),
        JsonValuesProgram.class, List.of("-Dtracing4j.subscriber=json",
            "-Dtracing4j.output=stdout"), Map.of());
    assertEquals(0, run.exitCode, run.toString());
    assertEquals("", run.stderr, "no failure reported");
    List<String> lines = run.stdout.lines().toList();
    assertEquals(1, lines.size(), run.stdout);
    JsonNode event = MAPPER.readTree(lines.get(0));
    JsonNode fields = event.get("fields");
    assertEquals(JsonValuesProgram.ROCKET, fields.get("message").asText());
    assertEquals(JsonValuesProgram.ROCKET, fields.get("rocket").asText());
    assertEquals("half \uFFFD pair", fields.get("lone").asText());
    assertEquals(JsonValuesProgram.QUOTED, fields.get("quoted").asText());
    assertEquals("NaN", fields.get("nan").asText());
    assertEquals("-Infinity", fields.get("inf").asText());
    assertEquals(42, fields.get("n").asLong());
    assertEquals(JsonValuesProgram.ROCKET, event.get("span").get("label").asText());
  }

  @Test
  void aChromeTraceIsValidJson() throws Exception {
    Path trace = dir.resolve("trace.json");
    ProgramRun run = ProgramRun.runOnClassPath(null, classPathWithOldestJackson(),
        JsonValuesProgram.class, List.of("-Dtracing4j.subscriber=chrome",
            "-Dtracing4j.output=" + trace), Map.of());
    assertEquals(0, run.exitCode, run.toString());
    assertEquals("", run.stderr, "no failure reported");
    JsonNode events = MAPPER.readTree(trace.toFile()).get("traceEvents");
    boolean found = false;
    for (JsonNode event : events) {
      if (event.path("args").path("rocket").asText("").equals(JsonValuesProgram.ROCKET)) {
        found = true;
        assertEquals("half \uFFFD pair", event.get("args").get("lone").asText());
      }
    }
    assertTrue(found, "the event with its fields as args: " + events);
  }
}
