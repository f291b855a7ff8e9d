package dev.tracing4j.console;

import java.net.InetAddress;
import java.time.Duration;

/**
 * What the console is told: where it listens, when it warns and how long it keeps completed tasks.
 * The defaults are the README's: loopback port 6669, a warning for a task entered over 100 ms at a
 * time and for a span idle over 10 s, completed tasks kept 5 s, at most 1 000 of them.
 *
 * @param bind the address the server listens on
 * @param port the port, {@code 0} for any free one
 * @param busyWarning a task entered longer than this at a time is flagged
 * @param idleWarning an open span idle longer than this is flagged
 * @param retention how long a completed task stays listed
 * @param retentionMax how many completed tasks stay listed at most; this bound wins over time
 */
record ConsoleOptions(InetAddress bind, int port, Duration busyWarning, Duration idleWarning,
    Duration retention, int retentionMax) {

  static final int DEFAULT_PORT = 6669;

  static ConsoleOptions defaults() {
    return new ConsoleOptions(InetAddress.getLoopbackAddress(), DEFAULT_PORT,
        Duration.ofMillis(100), Duration.ofSeconds(10), Duration.ofSeconds(5), 1_000);
  }
}
