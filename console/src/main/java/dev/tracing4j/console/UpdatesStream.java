package dev.tracing4j.console;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;

/**
 * {@code GET /api/updates}: server-sent events. The first event, at once, is a {@code snapshot};
 * then one {@code update} per aggregation, at least once a second, with the rows that changed and
 * the ids removed. A client that fell behind gets a {@code snapshot} again instead of a gap.
 * Streams are limited to {@link #MAX_STREAMS} at once, so that they leave threads to the other
 * endpoints.
 */
final class UpdatesStream {
  static final int MAX_STREAMS = ConsoleServer.HTTP_THREADS - 2;
  private static final long WAIT_MILLIS = 2 * Aggregator.PERIOD_MILLIS;

  private final Updates updates;
  private final ConsoleJson json;
  private final Semaphore streams = new Semaphore(MAX_STREAMS);

  UpdatesStream(Updates updates, ConsoleJson json) {
    this.updates = updates;
    this.json = json;
  }

  void stream(HttpExchange exchange) throws IOException {
    if (!streams.tryAcquire()) {
      Routes.send(exchange, 503, "text/plain; charset=utf-8", ("the console streams to "
          + MAX_STREAMS + " clients at most; close one\n").getBytes(StandardCharsets.UTF_8));
      return;
    }
    try {
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      Snapshot sent = updates.latest(WAIT_MILLIS);
      if (sent == null) {
        return;
      }
      write(out, "snapshot", sent.seq(), json.snapshot(sent));
      while (true) {
        Snapshot next = updates.after(sent.seq(), WAIT_MILLIS);
        if (next == null) {
          return; // the console stopped
        }
        if (next.seq() == sent.seq()) {
          out.write(": waiting for the aggregation\n\n".getBytes(StandardCharsets.UTF_8));
          out.flush();
          continue;
        }
        if (next.seq() == sent.seq() + 1) {
          write(out, "update", next.seq(), json.update(next));
        } else {
          write(out, "snapshot", next.seq(), json.snapshot(next));
        }
        sent = next;
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } finally {
      streams.release();
    }
  }

  private static void write(OutputStream out, String event, long seq, byte[] data)
      throws IOException {
    out.write(("event: " + event + "\nid: " + seq + "\ndata: ").getBytes(StandardCharsets.UTF_8));
    out.write(data); // one line: the JSON is written without line breaks
    out.write("\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
