package dev.tracing4j.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.registry.Registry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON API against a program whose tasks are in known states ({@link KnownProgram}): counts,
 * states, warnings, details and the update stream, read as another client would.
 */
class ConsoleApiTest {
  private static final ByteArrayOutputStream messages = new ByteArrayOutputStream();
  private static ConsoleLayer console;
  private static ConsoleClient client;
  private static KnownProgram program;

  @BeforeAll
  static void startProgram() throws InterruptedException {
    console = ConsoleLayer.builder().port(0).idleWarning(Duration.ofMillis(300))
        .retention(Duration.ofMinutes(1), 1_000)
        .messages(new PrintStream(messages, true, StandardCharsets.UTF_8)).build();
    Tracing.setGlobalDefault(Registry.builder().with(console).build());
    client = new ConsoleClient(console.url());
    program = new KnownProgram().start();
  }

  @AfterAll
  static void stopProgram() throws InterruptedException {
    program.close();
    Tracing.setGlobalDefault(Registry.builder().build());
  }

  @Test
  void printsItsLoopbackUrlAtStart() {
    String printed = messages.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("tracing4j console: " + console.url() + " (loopback only)"),
        printed);
    assertEquals("127.0.0.1", console.url().getHost());
  }

  @Test
  void snapshotCountsTasksAndRootSpansByState() throws InterruptedException {
    JsonNode snapshot = client.awaitSnapshot(
        s -> s.at("/counts/tasks/done").asInt() == 1 && s.at("/counts/tasks/running").asInt() == 1,
        "the blocking task done and the waiting one running");
    assertEquals(1, snapshot.get("version").asInt());
    assertEquals("{\"scheduled\":1,\"running\":1,\"idle\":0,\"done\":1}",
        snapshot.at("/counts/tasks").toString());
    assertEquals("{\"scheduled\":0,\"running\":0,\"idle\":1,\"done\":0}",
        snapshot.at("/counts/spans").toString());
    assertEquals(List.of("request:span:idle", "task:task:done", "task:task:running",
        "task:task:scheduled"), rowsByName(snapshot));
  }

  @Test
  void aTaskRowCarriesItsFieldsParentTimesAndPolls() throws InterruptedException {
    JsonNode snapshot = client.awaitSnapshot(s -> s.at("/counts/tasks/done").asInt() == 1,
        "the blocking task done");
    JsonNode blocked = row(snapshot, "blocking");
    assertEquals("dev.tracing4j.task", blocked.get("target").asText());
    assertEquals(program.request.id(), blocked.at("/parent/id").asLong());
    assertEquals("request", blocked.at("/parent/name").asText());
    assertEquals(1, blocked.get("polls").asInt());
    long busy = blocked.get("busy_ns").asLong();
    assertTrue(busy >= 200_000_000L, "busy " + busy);
    assertEquals(blocked.get("total_ns").asLong(), busy + blocked.get("scheduled_ns").asLong()
        + blocked.get("idle_ns").asLong());
    JsonNode queued = row(snapshot, "single", "scheduled");
    assertEquals(0, queued.get("polls").asInt());
    assertEquals(queued.get("total_ns").asLong(), queued.get("scheduled_ns").asLong());
  }

  @Test
  void aTaskBlockedFor200msCarriesTheBlockingWarning() throws InterruptedException {
    JsonNode snapshot = client.awaitSnapshot(s -> s.at("/counts/tasks/done").asInt() == 1,
        "the blocking task done");
    JsonNode warnings = row(snapshot, "blocking").get("warnings");
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals("blocking", warnings.get(0).get("kind").asText());
    assertTrue(warnings.get(0).get("message").asText()
        .matches("entered for 2\\d\\dms at a time \\(over 100ms\\): it blocks its pool thread"),
        warnings.toString());
    assertEquals(0, row(snapshot, "single", "scheduled").get("warnings").size());
  }

  @Test
  void anOpenSpanIdleOverTheThresholdIsFlaggedOnItsRow() throws InterruptedException {
    JsonNode snapshot = client.awaitSnapshot(
        s -> s.at("/counts/spans/idle").asInt() == 1
            && row(s, "request", null).get("warnings").size() == 2,
        "the request and its await-payment span idle");
    List<String> messages = new ArrayList<>();
    row(snapshot, "request", null).get("warnings").forEach(w -> messages.add(
        w.get("kind").asText() + ": " + w.get("message").asText()
            .replaceAll("\\d+(\\.\\d+)?(ms|s) \\(over", "T (over")));
    assertEquals(List.of(
        "idle: idle for T (over 300ms) and not closed: the future it waits for may never complete",
        "idle: span await-payment (id " + program.awaitPayment.id() + ") idle for T (over 300ms)"
            + " and not closed: the future it waits for may never complete"),
        messages.stream().sorted().toList());
  }

  @Test
  void detailsShowTheSubtreeEventsAndHistograms() throws InterruptedException {
    JsonNode snapshot = client.awaitSnapshot(s -> s.at("/counts/tasks/done").asInt() == 1,
        "the blocking task done");
    JsonNode request = client.json("api/rows/" + program.request.id());
    List<String> spans = new ArrayList<>();
    request.get("spans").forEach(span -> spans.add(span.get("name").asText() + ":"
        + span.get("state").asText() + (span.get("row").asBoolean() ? ":row" : "")));
    assertEquals(List.of("request:idle:row", "task:done:row", "crunch:done", "task:running:row",
        "task:scheduled:row", "await-payment:idle"), spans);

    long taskId = row(snapshot, "blocking").get("id").asLong();
    JsonNode task = client.json("api/rows/" + taskId);
    assertEquals(taskId, task.at("/row/id").asLong());
    assertEquals("crunch", task.at("/spans/1/name").asText());
    assertEquals(taskId, task.at("/spans/1/parent").asLong());
    assertEquals(3, task.at("/spans/1/fields/rows").asInt());
    assertEquals(1, task.get("events").size());
    assertEquals("crunched", task.at("/events/0/fields/message").asText());
    assertEquals("crunch", task.at("/events/0/span/name").asText());
    assertEquals(1, task.at("/histograms/poll/count").asInt());
    assertTrue(task.at("/histograms/poll/max_ns").asLong() >= 200_000_000L);
    assertEquals(1, task.at("/histograms/scheduled/count").asInt());
    assertEquals(HistogramSummary.BUCKETS, task.at("/histograms/poll/buckets").size());
    JsonNode interval = task.at("/spans/0/intervals/0");
    assertTrue(interval.get("end_ns").asLong() - interval.get("start_ns").asLong() >= 200_000_000L);
  }

  @Test
  void updatesSendASnapshotAtOnceThenAnUpdateAtLeastOnceASecond() throws Exception {
    long asked = System.nanoTime();
    try (ConsoleClient.EventStream stream = client.updates()) {
      assertEquals("text/event-stream; charset=utf-8",
          stream.response.headers().firstValue("Content-Type").orElseThrow());
      ConsoleClient.Event first = stream.next();
      assertEquals("snapshot", first.name());
      assertTrue(first.receivedNanos() - asked < 500_000_000L, "the first event came late");
      assertEquals(first.id(), first.data().get("seq").asLong());
      assertTrue(first.data().get("rows").size() >= 4);
      ConsoleClient.Event previous = first;
      for (int i = 0; i < 2; i++) {
        ConsoleClient.Event next = stream.next();
        assertEquals("update", next.name());
        assertEquals(previous.id() + 1, next.data().get("seq").asLong());
        long gap = next.receivedNanos() - previous.receivedNanos();
        assertTrue(gap < 1_300_000_000L, "an update " + gap / 1_000_000 + " ms after the last");
        previous = next;
      }
      // Open rows change at every aggregation, so each update carries them.
      assertNotNull(changed(previous.data(), program.request.id()));
    }
  }

  @Test
  void onlyGetIsAnswered() {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "HEAD")) {
      for (String path : List.of("", "api/snapshot", "api/updates")) {
        HttpResponse<String> response = client.send(method, path);
        assertEquals(405, response.statusCode(), method + " /" + path);
        assertEquals("GET", response.headers().firstValue("Allow").orElse(null));
      }
    }
  }

  @Test
  void unknownPathsAndRowsAre404() {
    assertEquals(404, client.send("GET", "api/nothing").statusCode());
    HttpResponse<String> row = client.send("GET", "api/rows/999999999");
    assertEquals(404, row.statusCode());
    assertEquals("no listed task or span has id 999999999\n", row.body());
  }

  @Test
  void snapshotIsJsonAndThePageIsOneSelfContainedDocument() {
    HttpResponse<String> snapshot = client.send("GET", "api/snapshot");
    assertEquals("application/json", snapshot.headers().firstValue("Content-Type").orElseThrow());
    HttpResponse<String> page = client.send("GET", "");
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(page.body().contains("new EventSource('api/updates')"));
    assertTrue(!page.body().contains("/*CONSOLE_") && !page.body().contains("<script src"),
        "the page must carry its script and style inline");
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow()
        .startsWith("default-src 'none'"));
  }

  private static JsonNode changed(JsonNode update, long id) {
    for (JsonNode row : update.get("changed")) {
      if (row.get("id").asLong() == id) {
        return row;
      }
    }
    return null;
  }

  private static List<String> rowsByName(JsonNode snapshot) {
    List<String> rows = new ArrayList<>();
    snapshot.get("rows").forEach(row -> rows.add(row.get("name").asText() + ":"
        + row.get("kind").asText() + ":" + row.get("state").asText()));
    return rows.stream().sorted().toList();
  }

  /** The task of executor {@code executor}. */
  private static JsonNode row(JsonNode snapshot, String executor) {
    return row(snapshot, executor, null);
  }

  /** The row of task executor (or span name, for a root span) in {@code state}, if given. */
  private static JsonNode row(JsonNode snapshot, String name, String state) {
    for (JsonNode row : snapshot.get("rows")) {
      boolean named = name.equals(row.at("/fields/task.name").asText())
          || name.equals(row.get("name").asText()) && row.get("kind").asText().equals("span");
      if (named && (state == null || state.equals(row.get("state").asText()))) {
        return row;
      }
    }
    throw new AssertionError("no row " + name + " " + state + " in " + snapshot.toPrettyString());
  }
}
