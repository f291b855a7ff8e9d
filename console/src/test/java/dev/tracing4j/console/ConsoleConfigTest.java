package dev.tracing4j.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.runtime.config.ConfigurationException;
import dev.tracing4j.runtime.config.LayerSettings;
import dev.tracing4j.runtime.config.TracingConfig;
import dev.tracing4j.runtime.fmt.FmtLayer;
import dev.tracing4j.runtime.registry.Registry;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code tracing4j.subscriber=fmt,console} and the {@code tracing4j.console.*} keys. */
class ConsoleConfigTest {

  @Test
  void theNameConsoleAddsTheConsoleBesideFmt() {
    Registry registry = (Registry) TracingConfig.from(Map.of("tracing4j.subscriber", "fmt,console",
        "tracing4j.console.port", "0"), Map.of()).createSubscriber();
    try {
      assertInstanceOf(FmtLayer.class, registry.layers().get(0));
      ConsoleLayer console = assertInstanceOf(ConsoleLayer.class, registry.layers().get(1));
      assertEquals("127.0.0.1", console.url().getHost());
      assertTrue(console.url().getPort() > 0);
    } finally {
      registry.shutdown();
    }
  }

  @Test
  void defaultsAreLoopback6669AndTheReadmesThresholds() {
    ConsoleOptions options = options(Map.of(), Map.of());
    assertEquals(InetAddress.getLoopbackAddress(), options.bind());
    assertEquals(6669, options.port());
    assertEquals(Duration.ofMillis(100), options.busyWarning());
    assertEquals(Duration.ofSeconds(10), options.idleWarning());
    assertEquals(Duration.ofSeconds(5), options.retention());
    assertEquals(1_000, options.retentionMax());
  }

  @Test
  void everyKeyIsReadFromPropertiesOrTheEnvironment() {
    ConsoleOptions options = options(Map.of("tracing4j.console.bind", "0.0.0.0",
            "tracing4j.console.busy_warning", "250ms", "tracing4j.console.idle_warning", "2m",
            "tracing4j.console.retention", "30s", "tracing4j.console.port", "7000"),
        Map.of("TRACING4J_CONSOLE_PORT", "0", "TRACING4J_CONSOLE_RETENTION_MAX", "50"));
    assertEquals("0.0.0.0", options.bind().getHostAddress());
    assertEquals(7000, options.port(), "a system property wins over the environment");
    assertEquals(Duration.ofMillis(250), options.busyWarning());
    assertEquals(Duration.ofMinutes(2), options.idleWarning());
    assertEquals(Duration.ofSeconds(30), options.retention());
    assertEquals(50, options.retentionMax());
  }

  @Test
  void badValuesNameTheKeyTheValueAndWhatIsAccepted() {
    assertEquals("invalid tracing4j.console.port \"70000\" (system property"
        + " tracing4j.console.port): expected a port number from 0 (any free port) to 65535",
        rejected("port", "70000"));
    assertEquals("invalid tracing4j.console.bind \"example.com\" (system property"
        + " tracing4j.console.bind): " + BindAddress.ACCEPTED, rejected("bind", "example.com"));
    assertEquals("invalid tracing4j.console.busy_warning \"fast\" (system property"
        + " tracing4j.console.busy_warning): " + DurationSetting.ACCEPTED,
        rejected("busy_warning", "fast"));
    assertTrue(rejected("retention_max", "-1").endsWith(
        "expected a number of completed tasks from 0 to 1000000"));
    assertTrue(rejected("idle_warning", "0s").endsWith(DurationSetting.ACCEPTED));
  }

  @Test
  void bindAcceptsAddressLiteralsAndLocalhostOnly() {
    assertEquals("::1", BindAddress.parse("[::1]").getHostAddress().replace("0:0:0:0:0:0:0:1", "::1"));
    assertTrue(BindAddress.parse("localhost").isLoopbackAddress());
    assertEquals("192.168.1.20", BindAddress.parse("192.168.1.20").getHostAddress());
    assertNull(BindAddress.parse("256.1.1.1"));
    assertNull(BindAddress.parse("console.example"));
  }

  @Test
  void durationsTakeTheUsualUnits() {
    assertEquals(Duration.ofNanos(500), DurationSetting.parse("500ns"));
    assertEquals(Duration.ofNanos(7_000), DurationSetting.parse("7us"));
    assertEquals(Duration.ofNanos(7_000), DurationSetting.parse("7\u00b5s"));
    assertEquals(Duration.ofHours(1), DurationSetting.parse(" 1h "));
    assertNull(DurationSetting.parse("1.5s"));
    assertNull(DurationSetting.parse("10"));
  }

  private static String rejected(String key, String value) {
    return assertThrows(ConfigurationException.class,
        () -> options(Map.of("tracing4j.console." + key, value), Map.of())).getMessage();
  }

  private static ConsoleOptions options(Map<String, String> properties, Map<String, String> env) {
    Map<String, String> all = new HashMap<>(properties);
    all.put("tracing4j.subscriber", "console");
    LayerSettings settings = TracingConfig.from(all, env).layers().get(0);
    return ConsoleLayerProvider.options(settings);
  }
}
