package dev.tracing4j.opentelemetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real Zipkin server (the {@code exec} jar the build fetched) in a child process on a free
 * loopback port, with in-memory storage.
 */
final class ZipkinServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Process process;
  private final Path log;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();

  private ZipkinServer(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts the server and waits until {@code /health} answers. */
  static ZipkinServer start() throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("zipkin.server.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no Zipkin server at " + jar + ": run the build through"
          + " Maven, which copies it there");
    }
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    Path log = Files.createTempFile("zipkin", ".log");
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
        "--armeria.ports[0].ip=127.0.0.1",
        "--armeria.ports[0].port=" + port,
        "--armeria.ports[0].protocols[0]=http");
    builder.environment().put("STORAGE_TYPE", "mem");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    ZipkinServer server = new ZipkinServer(builder.start(), log, port);
    try {
      server.awaitHealthy();
    } catch (RuntimeException | Error | InterruptedException e) {
      server.close();
      throw e;
    }
    return server;
  }

  private void awaitHealthy() throws InterruptedException, IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("Zipkin exited: " + Files.readString(log));
      }
      try {
        if (get("/health").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Zipkin did not answer /health in 90 s: " + Files.readString(log));
  }

  /** Where the Zipkin exporter sends spans. */
  String spansEndpoint() {
    return "http://127.0.0.1:" + port + "/api/v2/spans";
  }

  /** The spans of trace {@code traceId} once {@code complete} accepts them; waits up to 30 s. */
  List<JsonNode> trace(String traceId, Predicate<List<JsonNode>> complete)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    List<JsonNode> spans = List.of();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response = get("/api/v2/trace/" + traceId);
      if (response.statusCode() == 200) {
        List<JsonNode> read = new ArrayList<>();
        JSON.readTree(response.body()).forEach(read::add);
        spans = read;
        if (complete.test(spans)) {
          return spans;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("trace " + traceId + " incomplete after 30 s: " + spans.size()
        + " spans " + spans);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Stops the server, whatever state it is in. */
  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    Files.deleteIfExists(log);
  }
}
