package dev.tracing4j.console;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The console's HTTP server ({@code com.sun.net.httpserver}): read-only endpoints on daemon
 * threads, on loopback unless {@code tracing4j.console.bind} says otherwise. Its URL is printed
 * when it starts; when its address is refused (the port is taken), that is printed instead and
 * the program runs on without a console.
 */
final class ConsoleServer {
  static final int HTTP_THREADS = 8;

  private final HttpServer server;
  private final ExecutorService threads;
  private final URI url;

  private ConsoleServer(HttpServer server, ExecutorService threads, URI url) {
    this.server = server;
    this.threads = threads;
    this.url = url;
  }

  /** Starts serving, or prints why not and returns {@code null}. */
  static ConsoleServer start(ConsoleOptions options, Aggregator aggregator, PrintStream messages) {
    InetSocketAddress address = new InetSocketAddress(options.bind(), options.port());
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException refused) {
      messages.println("tracing4j console: cannot listen on " + hostPort(options.bind(),
          options.port()) + " (" + refused.getMessage() + "); the program runs on without a"
          + " console. Set tracing4j.console.port to a free port, or 0 for any.");
      return null;
    }
    int port = server.getAddress().getPort();
    URI url = URI.create("http://" + hostPort(options.bind(), port) + "/");
    ThreadPoolExecutor threads = new ThreadPoolExecutor(HTTP_THREADS, HTTP_THREADS, 30,
        TimeUnit.SECONDS, new LinkedBlockingQueue<>(), DaemonThreads.named("tracing4j-console-http"));
    threads.allowCoreThreadTimeOut(true);
    server.setExecutor(threads);
    server.createContext("/", new Routes(aggregator, new ConsoleJson(options), Page.load(),
        HostCheck.of(options.bind(), port)));
    startOnDaemonThread(server);
    String reach = options.bind().isLoopbackAddress() ? " (loopback only)"
        : " (listening on " + options.bind().getHostAddress() + ": whoever reaches this address"
            + " can read the program's spans)";
    messages.println("tracing4j console: " + url + reach);
    return new ConsoleServer(server, threads, url);
  }

  /**
   * The server's dispatcher thread takes the daemon status of the thread that starts it, so it is
   * started from a daemon thread: the console must never keep the JVM alive.
   */
  private static void startOnDaemonThread(HttpServer server) {
    Thread starter = DaemonThreads.named("tracing4j-console-start").newThread(server::start);
    starter.start();
    try {
      starter.join();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  static String hostPort(InetAddress address, int port) {
    String host = address.getHostAddress();
    if (address instanceof Inet6Address) {
      int scope = host.indexOf('%');
      host = "[" + (scope < 0 ? host : host.substring(0, scope)) + "]";
    }
    return host + ":" + port;
  }

  URI url() {
    return url;
  }

  void stop() {
    server.stop(0);
    threads.shutdownNow();
  }
}
