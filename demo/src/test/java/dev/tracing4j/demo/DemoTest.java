package dev.tracing4j.demo;

import static dev.tracing4j.test.TracingAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.test.RecordedEvent;
import dev.tracing4j.test.RecordedSpan;
import dev.tracing4j.test.RecordedTrace;
import dev.tracing4j.test.TracingExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's demo: what it traces, and what its first command prints. */
@ExtendWith(TracingExtension.class)
class DemoTest {

  private static final Map<String, List<String>> SKUS = Map.of(
      "r-1", List.of("apple", "pear"), "r-2", List.of("fig"), "r-3", List.of("plum", "kiwi", "lime"));

  @Test
  void everyReservationAndChargeHappensInsideTheCheckoutItBelongsTo(RecordedTrace trace) {
    Main.main(new String[0]);

    assertThat(trace).hasSpans("checkout", 3)
        .event(Level.INFO, "all done").hasField("ok", 2).hasField("failed", 1)
        .isOutsideAnySpan();
    for (RecordedSpan checkout : trace.spans("checkout")) {
      String request = (String) checkout.fields().get("request.id");
      List<Object> reserved = new ArrayList<>();
      for (RecordedEvent event : eventsInside(checkout)) {
        if (event.message().equals("reserved")) {
          reserved.add(event.fields().get("sku"));
        }
      }
      assertEquals(SKUS.get(request), reserved, "reserved for " + request + ", on the workers");
      assertThat(checkout).hasChildren("reserve", "charge")
          .child("reserve").child("task").hasField("task.name", "workers");
    }
    RecordedSpan declined = trace.spans("checkout").stream()
        .filter(span -> span.fields().get("customer").equals("mallory")).findFirst().orElseThrow();
    assertThat(declined).hasField("request.id", "r-3")
        .child("charge").event(Level.ERROR, "")
        .hasField("error", "java.lang.IllegalStateException: card declined for mallory");
  }

  /** The events of {@code span} and of every span inside it. */
  private static List<RecordedEvent> eventsInside(RecordedSpan span) {
    List<RecordedEvent> events = new ArrayList<>(span.events());
    for (RecordedSpan child : span.children()) {
      events.addAll(eventsInside(child));
    }
    events.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
    return events;
  }

  /** Run as the first command runs it: the lines it prints must stay worth reading. */
  @Test
  void theFirstCommandPrintsEachCheckoutsCloseWithBusyAndIdleTime() throws Exception {
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
    List<String> lines = output.lines().toList();
    for (String request : SKUS.keySet()) {
      assertTrue(lines.stream().anyMatch(l -> l.contains("checkout{request.id=\"" + request + "\"")
          && l.matches(".* close time\\.busy=\\d\\S*s time\\.idle=\\d\\S*s")), request + output);
    }
    assertTrue(lines.stream().anyMatch(l -> l.contains(" ERROR checkout{request.id=\"r-3\""
        + " customer=\"mallory\"}: dev.tracing4j.demo.CheckoutService: error=")), output);
    assertTrue(output.contains("all done ok=2 failed=1"), output);
  }
}
