package dev.tracing4j.it.async;

import dev.tracing4j.Instrument;
import dev.tracing4j.Level;
import dev.tracing4j.runtime.Tracer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A request handler for the stress test: every event names the request it expects to be in, so a
 * subscriber can check that the span chain it sees carries that request.
 */
public class RequestHandler {
  private static final Tracer log = Tracer.of(RequestHandler.class);
  private final Executor executor;

  public RequestHandler(Executor executor) {
    this.executor = executor;
  }

  @Instrument(ret = true)
  public CompletableFuture<String> handle(String requestId) {
    log.atInfo().field("expect", requestId).log("received");
    return lookup(requestId).thenApplyAsync(value -> {
      log.atInfo().field("expect", requestId).log("answering");
      return value + "!";
    }, executor);
  }

  @Instrument(level = Level.DEBUG)
  public CompletableFuture<String> lookup(String requestId) {
    return CompletableFuture.supplyAsync(() -> {
      log.atDebug().field("expect", requestId).log("looking up");
      return "value of " + requestId;
    }, executor);
  }
}
