package dev.tracing4j.runtime.config;

import dev.tracing4j.runtime.filter.EnvFilter;
import dev.tracing4j.runtime.filter.FilterSyntaxException;
import dev.tracing4j.runtime.format.SpanEvents;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.output.Overflow;
import dev.tracing4j.runtime.spi.Subscriber;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The run-time configuration of SPEC §4, read from system properties (which win) and environment
 * variables, validated when read: a bad value is a {@link ConfigurationException} naming the key,
 * the value and the accepted forms.
 *
 * <pre>{@code
 * TracingConfig config = TracingConfig.fromEnvironment();
 * Subscriber subscriber = config.createSubscriber();   // null for "none"
 * }</pre>
 */
public final class TracingConfig {

  /** Which subscriber records: {@code fmt}, {@code json}, {@code chrome}, {@code none}, a provider. */
  public static final String SUBSCRIBER = "tracing4j.subscriber";
  /** Filter directives; {@code info} by default. */
  public static final String FILTER = "tracing4j.filter";
  /** {@code stderr}, {@code stdout} or a file path. */
  public static final String OUTPUT = "tracing4j.output";
  /** Span lifecycle events to print. */
  public static final String SPAN_EVENTS = "tracing4j.span_events";
  /**
   * What the background writer does with a record when its buffer is full: {@code block} (the
   * default) waits for room, {@code drop} drops it and writes the count of dropped records.
   */
  public static final String OVERFLOW = "tracing4j.overflow";

  private static final String DEFAULT_FILTER = "info";

  private final ConfigSource.Setting subscriber;
  private final String subscriberName;
  private final SubscriberProvider provider;
  private final EnvFilter filter;
  private final ConfigSource.Setting outputSetting;
  private final Output output;
  private final SpanEvents spanEvents;
  private final Overflow overflow;

  private TracingConfig(ConfigSource source) {
    this.subscriber = source.get(SUBSCRIBER);
    this.subscriberName = subscriber == null ? "fmt" : subscriber.value();
    this.provider = findSubscriber(subscriber, subscriberName);
    this.filter = parseFilter(source.get(FILTER));
    this.outputSetting = source.get(OUTPUT);
    this.output = parseOutput(outputSetting);
    this.spanEvents = parseSpanEvents(source.get(SPAN_EVENTS));
    this.overflow = parseOverflow(source.get(OVERFLOW));
  }

  /** The configuration of this process. */
  public static TracingConfig fromEnvironment() {
    Map<String, String> properties = new HashMap<>();
    for (String key : List.of(SUBSCRIBER, FILTER, OUTPUT, SPAN_EVENTS, OVERFLOW)) {
      String value = System.getProperty(key);
      if (value != null) {
        properties.put(key, value);
      }
    }
    return new TracingConfig(new ConfigSource(properties, System.getenv()));
  }

  /** The configuration given explicit system properties and environment variables, for tests. */
  public static TracingConfig from(Map<String, String> properties, Map<String, String> environment) {
    return new TracingConfig(new ConfigSource(properties, environment));
  }

  /** Whether {@code tracing4j.subscriber} is set. */
  public boolean subscriberConfigured() {
    return subscriber != null;
  }

  /** The subscriber name: the configured one, or {@code fmt}. */
  public String subscriberName() {
    return subscriberName;
  }

  /** The filter; {@code info} when not configured. */
  public EnvFilter filter() {
    return filter;
  }

  /** The configured output, or {@code defaultOutput} when none is configured. */
  public Output output(Output defaultOutput) {
    return output != null ? output : defaultOutput;
  }

  /** The span lifecycle events to print; none when not configured. */
  public SpanEvents spanEvents() {
    return spanEvents;
  }

  /** What the writers do when their buffer is full; {@link Overflow#BLOCK} when not configured. */
  public Overflow overflow() {
    return overflow;
  }

  /**
   * Creates the configured subscriber ({@code fmt} when none is named), or returns {@code null}
   * for {@code none}.
   *
   * @throws ConfigurationException when the output cannot be opened
   */
  public Subscriber createSubscriber() {
    try {
      return provider.create(this);
    } catch (UncheckedIOException e) {
      ConfigSource.Setting setting = outputSetting != null ? outputSetting
          : new ConfigSource.Setting(OUTPUT, String.valueOf(output), "default");
      throw new ConfigurationException(setting, e.getMessage()
          + "; expected stderr, stdout or a writable file path", e);
    }
  }

  private static SubscriberProvider findSubscriber(ConfigSource.Setting setting, String name) {
    SubscriberProvider builtIn = BuiltInSubscriber.named(name);
    if (builtIn != null) {
      return builtIn;
    }
    List<String> found = new ArrayList<>();
    for (SubscriberProvider provider : ServiceLoader.load(SubscriberProvider.class)) {
      if (provider.name().equals(name)) {
        return provider;
      }
      found.add(provider.name());
    }
    throw new ConfigurationException(setting, "expected fmt, json, chrome, none, or the name of a"
        + " SubscriberProvider on the class path ("
        + (found.isEmpty() ? "none found" : "found: " + String.join(", ", found)) + ")", null);
  }

  private static EnvFilter parseFilter(ConfigSource.Setting setting) {
    if (setting == null) {
      return EnvFilter.parse(DEFAULT_FILTER);
    }
    try {
      return EnvFilter.parse(setting.value());
    } catch (FilterSyntaxException e) {
      throw new ConfigurationException(setting, e.getMessage()
          + System.lineSeparator() + "expected comma-separated directives"
          + " target[span{field=value}]=level, such as \"warn\", \"com.shop=debug,info\" or"
          + " \"[place{order.id=42}]=trace\"", e);
    }
  }

  private static Output parseOutput(ConfigSource.Setting setting) {
    if (setting == null) {
      return null;
    }
    try {
      return Output.parse(setting.value());
    } catch (InvalidPathException e) {
      throw new ConfigurationException(setting, "not a valid file path (" + e.getReason()
          + "); expected stderr, stdout or a file path", e);
    }
  }

  private static SpanEvents parseSpanEvents(ConfigSource.Setting setting) {
    if (setting == null) {
      return SpanEvents.NONE;
    }
    try {
      return SpanEvents.parse(setting.value());
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(setting, e.getMessage(), e);
    }
  }

  private static Overflow parseOverflow(ConfigSource.Setting setting) {
    if (setting == null) {
      return Overflow.BLOCK;
    }
    return switch (setting.value().toLowerCase(Locale.ROOT)) {
      case "block" -> Overflow.BLOCK;
      case "drop" -> Overflow.DROP;
      default -> throw new ConfigurationException(setting, "expected block (wait for room in the"
          + " output buffer) or drop (drop the record and report the count)", null);
    };
  }

  @Override
  public String toString() {
    return SUBSCRIBER + "=" + subscriberName + " " + FILTER + "=" + filter + " " + OUTPUT + "="
        + output + " " + SPAN_EVENTS + "=" + spanEvents + " " + OVERFLOW + "="
        + overflow.name().toLowerCase(Locale.ROOT);
  }
}
