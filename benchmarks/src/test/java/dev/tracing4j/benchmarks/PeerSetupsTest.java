package dev.tracing4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Log4j2 and JFR peers do the work their benchmarks claim, through the benchmarks' own calls:
 * each Log4j2 setup writes the event's line with its three values (and the disabled one writes
 * nothing), and the JFR event is recorded with its three fields.
 */
class PeerSetupsTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private String log4j2(String setup) {
    out.reset();
    Log4j2Benchmark benchmark = new Log4j2Benchmark();
    benchmark.setup = setup;
    benchmark.setUp(out);
    benchmark.event();
    benchmark.tearDown();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void log4j2sPatternLayoutWritesTracing4jsFmtLineThroughLogBuilder() {
    String line = log4j2("pattern_builder");
    assertTrue(line.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z  INFO "
        + "com\\.shop\\.OrderService: placed order\\.id=42 customer=\"ada\" ok=true\n"), line);
  }

  @Test
  void log4j2sPatternLayoutWritesTheThreeValuesOfAStringMapMessage() {
    String line = log4j2("pattern_map");
    assertTrue(line.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z  INFO "
        + "com\\.shop\\.OrderService: customer=\"ada\" message=\"placed\" ok=\"true\""
        + " order\\.id=\"42\"\n"), line);
  }

  @Test
  void log4j2sJsonTemplateLayoutWritesTracing4jsJsonLineWithTypedFields() {
    String line = log4j2("json_template");
    assertTrue(line.matches("\\{\"timestamp\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z\","
        + "\"level\":\"INFO\",\"target\":\"com\\.shop\\.OrderService\",\"thread\":\"[^\"]+\","
        + "\"fields\":\\{\"customer\":\"ada\",\"message\":\"placed\",\"ok\":true,"
        + "\"order\\.id\":42}}\n"), line);
  }

  @Test
  void log4j2sDisabledDebugWritesNothing() {
    assertEquals("", log4j2("disabled_debug"));
  }

  @Test
  void log4j2sThreadContextHoldsTheRequestIdBetweenPutAndRemove() {
    ThreadContext.put("request.id", "r-1");
    assertEquals("r-1", ThreadContext.get("request.id"));
    ThreadContext.remove("request.id");
    assertNull(ThreadContext.get("request.id"));
  }

  @Test
  void theJfrEventIsRecordedWithTheCallsThreeParameters(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("place.jfr");
    long result;
    try (Recording recording = JfrBenchmark.startRecording()) {
      result = JfrBenchmark.place(new Checkout(Runnable::run), 42, "ada", true);
      recording.stop();
      recording.dump(file);
    }
    assertEquals(new Checkout(Runnable::run).place(42, "ada", true), result);
    List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
        .filter(e -> e.getEventType().getName().equals("dev.tracing4j.benchmarks.Place")).toList();
    assertEquals(1, events.size());
    RecordedEvent event = events.get(0);
    assertEquals(42, event.getLong("orderId"));
    assertEquals("ada", event.getString("customer"));
    assertTrue(event.getBoolean("express"));
    assertTrue(Files.size(file) > 0);
  }
}
