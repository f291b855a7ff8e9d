package dev.tracing4j.console;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's endpoints, all read-only: {@code GET /} (the page), {@code GET /api/snapshot},
 * {@code GET /api/updates} (server-sent events) and {@code GET /api/rows/<id>} (one row's
 * details). Any other method is answered 405, any other path 404.
 */
final class Routes implements HttpHandler {
  private static final Pattern ROW = Pattern.compile("/api/rows/(\\d{1,18})");
  private static final String PAGE_POLICY = "default-src 'none'; script-src 'unsafe-inline';"
      + " style-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none';"
      + " form-action 'none'; frame-ancestors 'none'";

  private final Aggregator aggregator;
  private final ConsoleJson json;
  private final byte[] page;
  private final HostCheck hosts;
  private final UpdatesStream updates;

  Routes(Aggregator aggregator, ConsoleJson json, byte[] page, HostCheck hosts) {
    this.aggregator = aggregator;
    this.json = json;
    this.page = page;
    this.hosts = hosts;
    this.updates = new UpdatesStream(aggregator.updates(), json);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Headers headers = exchange.getResponseHeaders();
      headers.set("X-Content-Type-Options", "nosniff");
      headers.set("Cache-Control", "no-store");
      headers.set("Referrer-Policy", "no-referrer");
      if (!"GET".equals(exchange.getRequestMethod())) {
        headers.set("Allow", "GET");
        text(exchange, 405, exchange.getRequestMethod() + " is not allowed: the console only"
            + " reads, answer GET only");
        return;
      }
      if (!hosts.allows(exchange.getRequestHeaders().getFirst("Host"))) {
        text(exchange, 403, "the console answers requests to " + hosts.accepted() + " only");
        return;
      }
      route(exchange);
    } catch (IOException clientGone) {
      // The client closed the connection; nothing to answer.
    } catch (RuntimeException failure) {
      ConsoleMessages.reportOnce("the console answering " + exchange.getRequestURI().getPath(),
          failure);
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    switch (path) {
      case "/", "/index.html" -> {
        exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
        send(exchange, 200, "text/html; charset=utf-8", page);
      }
      case "/api/snapshot" -> {
        Snapshot snapshot = latest();
        if (snapshot == null) {
          text(exchange, 503, "the console is starting or stopping");
        } else {
          send(exchange, 200, "application/json", json.snapshot(snapshot));
        }
      }
      case "/api/updates" -> updates.stream(exchange);
      default -> {
        Matcher row = ROW.matcher(path);
        if (!row.matches()) {
          text(exchange, 404, "no such page: " + path + " (the console serves /, /api/snapshot,"
              + " /api/updates and /api/rows/<id>)");
          return;
        }
        TrackedSpan listed = aggregator.listed(Long.parseLong(row.group(1)));
        if (listed == null) {
          text(exchange, 404, "no listed task or span has id " + row.group(1));
        } else {
          send(exchange, 200, "application/json", DetailsJson.of(listed, aggregator));
        }
      }
    }
  }

  private Snapshot latest() {
    try {
      return aggregator.updates().latest(2_000);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static void text(HttpExchange exchange, int status, String message) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8",
        (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
    if (!noBody) {
      exchange.getResponseBody().write(body);
    }
  }
}
