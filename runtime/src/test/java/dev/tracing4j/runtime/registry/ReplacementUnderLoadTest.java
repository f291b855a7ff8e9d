package dev.tracing4j.runtime.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.chrome.ChromeLayer;
import dev.tracing4j.runtime.output.Output;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Tracing.setGlobalDefault} hands over while other threads log: what was dispatched to the
 * replaced subscriber is written before it shuts down, and what arrives for it later goes to its
 * successor, so no event is lost and every trace file stays one JSON document.
 */
class ReplacementUnderLoadTest {

  private static final Tracer log = Tracer.of("com.shop.Replaced");
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  @TempDir
  Path dir;

  @AfterEach
  void uninstall() {
    Tracing.setGlobalDefault(Registry.builder().build());
  }

  private Path install(int generation) {
    Path file = dir.resolve("trace-" + generation + ".json");
    Tracing.setGlobalDefault(Registry.builder()
        .with(ChromeLayer.builder().output(Output.newFile(file)).build()).build());
    return file;
  }

  @Test
  void replacingAChromeSubscriberTwentyTimesWhileEightThreadsLogLosesNoEvent() throws Exception {
    int threads = 8;
    int perThread = 4_000;
    int replacements = 20;
    List<Path> files = new ArrayList<>();
    files.add(install(0));
    AtomicInteger logged = new AtomicInteger();
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int worker = t;
      workers[t] = new Thread(() -> {
        for (int i = 0; i < perThread; i++) {
          log.atInfo().field("worker", worker).field("seq", i).log("e");
          logged.incrementAndGet();
        }
      }, "logger-" + t);
      workers[t].start();
    }
    for (int generation = 1; generation <= replacements; generation++) {
      int due = generation * threads * perThread / (replacements + 1);
      while (logged.get() < due) {
        Thread.onSpinWait();
      }
      files.add(install(generation));
    }
    for (Thread worker : workers) {
      worker.join();
    }
    Tracing.setGlobalDefault(Registry.builder().build());

    Set<String> seen = new HashSet<>();
    long events = 0;
    for (Path file : files) {
      JsonNode trace = MAPPER.readTree(file.toFile()); // throws unless one whole JSON document
      for (JsonNode event : trace.get("traceEvents")) {
        if (event.path("name").asText().equals("e")) {
          events++;
          seen.add(event.get("args").get("worker") + "/" + event.get("args").get("seq"));
        }
      }
    }
    assertEquals(threads * perThread, events, "every event is in exactly one trace");
    assertEquals(threads * perThread, seen.size());
    assertTrue(files.size() == replacements + 1);
  }
}
