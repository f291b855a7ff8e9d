package dev.tracing4j.runtime.config;

import dev.tracing4j.runtime.filter.EnvFilter;
import dev.tracing4j.runtime.format.SpanEvents;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.output.OutputWriter;
import dev.tracing4j.runtime.output.Overflow;
import java.util.Optional;

/**
 * The configuration of one layer of {@code tracing4j.subscriber}, as a {@link LayerProvider}
 * receives it: its filter ({@code tracing4j.<name>.filter}, else {@code tracing4j.filter}), its
 * output ({@code tracing4j.<name>.output}; for the first layer also {@code tracing4j.output};
 * else the provider's default), the shared span events and overflow, and the layer's own keys
 * {@code tracing4j.<name>.<key>} (environment {@code TRACING4J_<NAME>_<KEY>}).
 *
 * <pre>{@code
 * int port = settings.value("port").map(Integer::parseInt).orElse(6669);   // tracing4j.console.port
 * }</pre>
 */
public final class LayerSettings {
  private final String name;
  private final ConfigSource source;
  private final EnvFilter filter;
  private final Output output;
  private final SpanEvents spanEvents;
  private final Overflow overflow;

  LayerSettings(String name, ConfigSource source, EnvFilter filter, Output output,
      SpanEvents spanEvents, Overflow overflow) {
    this.name = name;
    this.source = source;
    this.filter = filter;
    this.output = output;
    this.spanEvents = spanEvents;
    this.overflow = overflow;
  }

  /** The layer's name in {@code tracing4j.subscriber}. */
  public String name() {
    return name;
  }

  /** The filter the registry applies to this layer. */
  public EnvFilter filter() {
    return filter;
  }

  /** Where this layer writes. */
  public Output output() {
    return output;
  }

  /** The span lifecycle events to print ({@code tracing4j.span_events}). */
  public SpanEvents spanEvents() {
    return spanEvents;
  }

  /** What a background writer does when its buffer is full ({@code tracing4j.overflow}). */
  public Overflow overflow() {
    return overflow;
  }

  /** The writer options that {@code tracing4j.overflow} asks for. */
  public OutputWriter.Options writerOptions() {
    return OutputWriter.options().overflow(overflow);
  }

  /**
   * The value of this layer's own key {@code tracing4j.<name>.<key>} (a system property, which
   * wins, or the environment variable {@code TRACING4J_<NAME>_<KEY>}), trimmed; empty when unset
   * or blank.
   */
  public Optional<String> value(String key) {
    ConfigSource.Setting setting = source.get(key(key));
    return setting == null ? Optional.empty() : Optional.of(setting.value());
  }

  /**
   * The error for a value of this layer's own key that it cannot use, naming the key, where it
   * was set, the value and {@code expected}:
   *
   * <pre>{@code
   * throw settings.invalid("port", "expected a port number from 0 to 65535");
   * }</pre>
   *
   * @throws IllegalStateException when the key is not set
   */
  public ConfigurationException invalid(String key, String expected) {
    ConfigSource.Setting setting = source.get(key(key));
    if (setting == null) {
      throw new IllegalStateException(key(key) + " is not set");
    }
    return new ConfigurationException(setting, expected, null);
  }

  private String key(String key) {
    return TracingConfig.layerKey(name, key);
  }

  @Override
  public String toString() {
    return name + " filter=" + filter + " output=" + output;
  }
}
