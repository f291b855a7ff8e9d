package dev.tracing4j.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real headless Chromium (Debian's {@code chromium}), driven over the DevTools protocol with the
 * JDK's WebSocket client: no driver binary and no browser download. Loopback only.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger nextId = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  /** The browser binary, or empty when none is installed. */
  static Optional<Path> binary() {
    String configured = System.getenv("CHROMIUM");
    Stream<String> names = configured != null ? Stream.of(configured)
        : Stream.of("chromium", "chromium-browser", "google-chrome");
    return names.flatMap(name -> name.contains("/") ? Stream.of(Path.of(name))
            : Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable).findFirst();
  }

  HeadlessChromium(Path binary) throws IOException, InterruptedException {
    profile = Files.createTempDirectory("tracing4j-chromium");
    process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-extensions", "--remote-debugging-address=127.0.0.1",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1280,900",
        "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    URI browser = URI.create(devToolsUrl());
    HttpClient http = HttpClient.newHttpClient();
    URI list = URI.create("http://" + browser.getAuthority() + "/json/list");
    String page = null;
    for (int attempt = 0; page == null && attempt < 50; attempt++) {
      JsonNode targets = ConsoleClient.JSON.readTree(http.send(HttpRequest.newBuilder(list).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      for (JsonNode target : targets) {
        if ("page".equals(target.get("type").asText())) {
          page = target.get("webSocketDebuggerUrl").asText();
        }
      }
      if (page == null) {
        Thread.sleep(100);
      }
    }
    if (page == null) {
      throw new IllegalStateException("Chromium opened no page");
    }
    socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Replies()).join();
  }

  private String devToolsUrl() throws IOException {
    BufferedReader errors = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = errors.readLine()) != null; ) {
      seen.append(line).append('\n');
      Matcher matcher = LISTENING.matcher(line);
      if (matcher.find()) {
        Thread drain = new Thread(() -> errors.lines().forEach(ignored -> { }));
        drain.setDaemon(true);
        drain.start();
        return matcher.group(1);
      }
    }
    throw new IllegalStateException("Chromium did not start:\n" + seen);
  }

  /** Sends one DevTools command and waits for its result. */
  JsonNode command(String method, Map<String, Object> params) {
    int id = nextId.incrementAndGet();
    ObjectNode message = ConsoleClient.JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", ConsoleClient.JSON.valueToTree(params));
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(message.toString(), true).join();
    JsonNode answer = reply.orTimeout(20, TimeUnit.SECONDS).join();
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.get("result");
  }

  void navigate(URI url) {
    command("Page.navigate", Map.of("url", url.toString()));
  }

  /** The value of a JavaScript expression evaluated in the page. */
  JsonNode evaluate(String expression) {
    JsonNode result = command("Runtime.evaluate",
        Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException(expression + " threw " + result.get("exceptionDetails"));
    }
    return result.at("/result/value");
  }

  /** Waits up to 10 s until {@code expression} is true in the page. */
  void await(String expression, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!evaluate("Boolean(" + expression + ")").asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the page never showed " + what + "; it shows:\n"
            + evaluate("document.body.innerText").asText());
      }
      Thread.sleep(100);
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    socket.abort();
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private final class Replies implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        try {
          JsonNode message = ConsoleClient.JSON.readTree(text.toString());
          if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
            if (reply != null) {
              reply.complete(message);
            }
          }
        } catch (IOException e) {
          pending.values().forEach(reply -> reply.completeExceptionally(e));
        }
        text.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
