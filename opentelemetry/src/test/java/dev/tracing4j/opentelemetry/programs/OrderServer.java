package dev.tracing4j.opentelemetry.programs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@code GET /orders/{id}} on a free loopback port, printed as {@code port=<n>}, until a
 * line arrives on stdin; then it exits normally.
 */
public final class OrderServer {

  private OrderServer() {}

  public static void main(String[] args) throws IOException {
    OrderHandler handler = new InstrumentedOrderHandler();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/orders/", exchange -> respond(exchange, handler));
    server.start();
    System.out.println("port=" + server.getAddress().getPort());
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    server.stop(0);
  }

  private static void respond(HttpExchange exchange, OrderHandler handler) throws IOException {
    Request request = new Request(exchange.getRequestURI().getPath(),
        exchange.getRequestHeaders().getFirst("traceparent"));
    int status;
    String body;
    try {
      body = handler.handle(request);
      status = 200;
    } catch (RuntimeException e) {
      body = e.getMessage();
      status = 500;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
