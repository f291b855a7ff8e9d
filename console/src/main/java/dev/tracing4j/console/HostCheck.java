package dev.tracing4j.console;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * On loopback, the console answers only requests addressed to a loopback name, so that a web page
 * elsewhere cannot rebind its own host name to 127.0.0.1 and read the program's spans (DNS
 * rebinding). Bound to another address on purpose, any host name is accepted.
 */
final class HostCheck {
  private final Set<String> allowed; // null: any

  private HostCheck(Set<String> allowed) {
    this.allowed = allowed;
  }

  static HostCheck of(InetAddress bind, int port) {
    if (!bind.isLoopbackAddress()) {
      return new HostCheck(null);
    }
    Set<String> names = new TreeSet<>(List.of("127.0.0.1:" + port, "localhost:" + port,
        "[::1]:" + port, ConsoleServer.hostPort(bind, port)));
    return new HostCheck(Set.copyOf(names));
  }

  /** Whether a request with this {@code Host} header is answered. */
  boolean allows(String host) {
    return allowed == null || host != null && allowed.contains(host.toLowerCase(Locale.ROOT));
  }

  /** The host names answered, for the refusal's message. */
  String accepted() {
    return allowed == null ? "any" : String.join(", ", allowed.stream().sorted().toList());
  }
}
