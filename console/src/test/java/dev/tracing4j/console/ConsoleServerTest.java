package dev.tracing4j.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where the server listens and whom it answers. */
class ConsoleServerTest {

  @Test
  void listensOnLoopbackByDefault() {
    ConsoleLayer console = quiet().port(0).build();
    try {
      assertEquals("127.0.0.1", console.url().getHost());
    } finally {
      console.shutdown();
    }
  }

  @Test
  void refusesRequestsForAnotherHostNameOnLoopback() throws IOException {
    ConsoleLayer console = quiet().port(0).build();
    try {
      int port = console.url().getPort();
      assertTrue(rawGet(port, "127.0.0.1:" + port).startsWith("HTTP/1.1 200"));
      assertTrue(rawGet(port, "localhost:" + port).startsWith("HTTP/1.1 200"));
      String rebound = rawGet(port, "attacker.example:" + port);
      assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
      assertTrue(rebound.endsWith("the console answers requests to 127.0.0.1:" + port + ", [::1]:"
          + port + ", localhost:" + port + " only\n"), rebound);
    } finally {
      console.shutdown();
    }
  }

  @Test
  void aTakenPortIsReportedAndTheProgramRunsOn() {
    ConsoleLayer first = quiet().port(0).build();
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    ConsoleLayer second = ConsoleLayer.builder().port(first.url().getPort())
        .messages(new PrintStream(messages, true, StandardCharsets.UTF_8)).build();
    try {
      String printed = messages.toString(StandardCharsets.UTF_8);
      assertTrue(printed.startsWith("tracing4j console: cannot listen on 127.0.0.1:"
          + first.url().getPort() + " ("), printed);
      assertTrue(printed.endsWith("the program runs on without a console. Set"
          + " tracing4j.console.port to a free port, or 0 for any." + System.lineSeparator()),
          printed);
      assertThrows(IllegalStateException.class, second::url);
    } finally {
      second.shutdown();
      first.shutdown();
    }
  }

  @Test
  void stopsServingAtShutdown() {
    ConsoleLayer console = quiet().port(0).build();
    int port = console.url().getPort();
    console.shutdown();
    assertThrows(IOException.class, () -> rawGet(port, "127.0.0.1:" + port));
  }

  private static ConsoleLayer.Builder quiet() {
    return ConsoleLayer.builder()
        .messages(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  /** A GET with a Host header of our choosing, which the JDK's HTTP client does not allow. */
  private static String rawGet(int port, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET /api/snapshot HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
