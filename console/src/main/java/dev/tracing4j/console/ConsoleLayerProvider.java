package dev.tracing4j.console;

import dev.tracing4j.runtime.config.LayerProvider;
import dev.tracing4j.runtime.config.LayerSettings;
import dev.tracing4j.runtime.registry.Layer;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The layer named {@code console} in {@code tracing4j.subscriber}: {@code
 * tracing4j.subscriber=fmt,console} prints as before and serves the live console. Its keys, each
 * also an environment variable ({@code tracing4j.console.port} is {@code TRACING4J_CONSOLE_PORT}):
 *
 * <pre>{@code
 * tracing4j.console.port=6669            # 0 for any free port; the URL is printed on stderr
 * tracing4j.console.bind=127.0.0.1       # any other address only when set
 * tracing4j.console.busy_warning=100ms   # a task entered longer than this at a time
 * tracing4j.console.idle_warning=10s     # an open span idle longer than this
 * tracing4j.console.retention=5s         # how long completed tasks stay listed
 * tracing4j.console.retention_max=1000   # how many completed tasks stay listed at most
 * }</pre>
 */
public final class ConsoleLayerProvider implements LayerProvider {

  /** Found by {@link java.util.ServiceLoader}. */
  public ConsoleLayerProvider() {}

  @Override
  public String name() {
    return "console";
  }

  @Override
  public Layer create(LayerSettings settings) {
    return ConsoleLayer.start(options(settings), System.err);
  }

  static ConsoleOptions options(LayerSettings settings) {
    ConsoleOptions defaults = ConsoleOptions.defaults();
    InetAddress bind = read(settings, "bind", BindAddress::parse, BindAddress.ACCEPTED)
        .orElse(defaults.bind());
    int port = read(settings, "port", ConsoleLayerProvider::port,
        "expected a port number from 0 (any free port) to 65535").orElse(defaults.port());
    Duration busy = duration(settings, "busy_warning").orElse(defaults.busyWarning());
    Duration idle = duration(settings, "idle_warning").orElse(defaults.idleWarning());
    Duration retention = duration(settings, "retention").orElse(defaults.retention());
    int retentionMax = read(settings, "retention_max", ConsoleLayerProvider::count,
        "expected a number of completed tasks from 0 to 1000000").orElse(defaults.retentionMax());
    return new ConsoleOptions(bind, port, busy, idle, retention, retentionMax);
  }

  private static Optional<Duration> duration(LayerSettings settings, String key) {
    return read(settings, key, DurationSetting::parse, DurationSetting.ACCEPTED);
  }

  /** The parsed value of {@code key}, or empty when unset; a value {@code parse} refuses throws. */
  private static <T> Optional<T> read(LayerSettings settings, String key,
      Function<String, T> parse, String expected) {
    Optional<String> text = settings.value(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    T value = parse.apply(text.get());
    if (value == null) {
      throw settings.invalid(key, expected);
    }
    return Optional.of(value);
  }

  private static Integer port(String text) {
    Integer value = number(text);
    return value != null && value <= 65_535 ? value : null;
  }

  private static Integer count(String text) {
    Integer value = number(text);
    return value != null && value <= 1_000_000 ? value : null;
  }

  private static Integer number(String text) {
    if (!text.matches("\\d{1,7}")) {
      return null;
    }
    return Integer.parseInt(text);
  }
}
