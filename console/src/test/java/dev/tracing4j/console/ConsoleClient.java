package dev.tracing4j.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/** Reads the console's endpoints as another client would, with the JDK's HTTP client. */
final class ConsoleClient {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .build();
  private final URI base;

  ConsoleClient(URI base) {
    this.base = base;
  }

  HttpResponse<String> send(String method, String path) {
    try {
      HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
          .timeout(Duration.ofSeconds(10))
          .method(method, HttpRequest.BodyPublishers.noBody()).build();
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonNode json(String path) {
    HttpResponse<String> response = send("GET", path);
    if (response.statusCode() != 200) {
      throw new AssertionError(path + " answered " + response.statusCode() + ": "
          + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode snapshot() {
    return json("api/snapshot");
  }

  /** The first snapshot that satisfies {@code condition}, polling for up to 10 s. */
  JsonNode awaitSnapshot(Predicate<JsonNode> condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    JsonNode snapshot = snapshot();
    while (!condition.test(snapshot)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no snapshot showed " + what + " in 10 s; the last: "
            + snapshot.toPrettyString());
      }
      Thread.sleep(100);
      snapshot = snapshot();
    }
    return snapshot;
  }

  static JsonNode row(JsonNode snapshot, long id) {
    for (JsonNode row : snapshot.get("rows")) {
      if (row.get("id").asLong() == id) {
        return row;
      }
    }
    return null;
  }

  /** Opens {@code /api/updates} and reads its events one at a time. */
  EventStream updates() throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve("api/updates")).GET().build();
    HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    return new EventStream(response);
  }

  /** One server-sent event. */
  record Event(String name, long id, JsonNode data, long receivedNanos) {}

  static final class EventStream implements AutoCloseable {
    final HttpResponse<InputStream> response;
    private final BufferedReader lines;

    EventStream(HttpResponse<InputStream> response) {
      this.response = response;
      this.lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    Event next() throws IOException {
      String name = "message";
      long id = -1;
      StringBuilder data = new StringBuilder();
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.isEmpty()) {
          if (data.length() > 0) {
            return new Event(name, id, JSON.readTree(data.toString()), System.nanoTime());
          }
          continue; // a comment-only block
        }
        if (line.startsWith("event: ")) {
          name = line.substring(7);
        } else if (line.startsWith("id: ")) {
          id = Long.parseLong(line.substring(4));
        } else if (line.startsWith("data: ")) {
          data.append(line.substring(6));
        }
      }
      throw new IOException("the stream ended");
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }
}
