package dev.tracing4j.runtime.config;

import dev.tracing4j.runtime.filter.EnvFilter;
import dev.tracing4j.runtime.filter.FilterSyntaxException;
import dev.tracing4j.runtime.format.SpanEvents;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.output.Overflow;
import dev.tracing4j.runtime.spi.Subscriber;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.Registry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The run-time configuration, read from system properties (which win) and environment variables,
 * validated when read: a bad value is a {@link ConfigurationException} naming the key, the value
 * and the accepted forms. {@code tracing4j.subscriber} names one layer or a comma-separated list
 * of them ({@code fmt,otel}), recorded by one registry; each layer has its own filter and output
 * ({@code tracing4j.<name>.filter}, {@code tracing4j.<name>.output}).
 *
 * <pre>{@code
 * TracingConfig config = TracingConfig.fromEnvironment();
 * Subscriber subscriber = config.createSubscriber();   // null for "none"
 * }</pre>
 */
public final class TracingConfig {

  /** Which layers record: {@code fmt}, {@code json}, {@code chrome}, providers, a list, {@code none}. */
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

  private static final String PREFIX = "tracing4j.";
  private static final String DEFAULT_FILTER = "info";

  private final ConfigSource.Setting subscriber;
  private final String subscriberName;
  private final EnvFilter filter;
  private final SpanEvents spanEvents;
  private final Overflow overflow;
  private final List<ConfiguredLayer> layers;

  /** One name of the list: who builds it, with what, and where its output was set. */
  private record ConfiguredLayer(LayerProvider provider, LayerSettings settings,
      ConfigSource.Setting outputSetting) {}

  private TracingConfig(ConfigSource source) {
    this.subscriber = source.get(SUBSCRIBER);
    this.subscriberName = subscriber == null ? "fmt" : subscriber.value();
    this.filter = parseFilter(source.get(FILTER), EnvFilter.parse(DEFAULT_FILTER));
    this.spanEvents = parseSpanEvents(source.get(SPAN_EVENTS));
    this.overflow = parseOverflow(source.get(OVERFLOW));
    this.layers = configureLayers(source, layerNames(subscriber, subscriberName));
  }

  /** The configuration of this process: every {@code tracing4j.*} system property and the environment. */
  public static TracingConfig fromEnvironment() {
    Map<String, String> properties = new HashMap<>();
    for (String key : System.getProperties().stringPropertyNames()) {
      if (key.startsWith(PREFIX)) {
        properties.put(key, System.getProperty(key));
      }
    }
    return new TracingConfig(new ConfigSource(properties, System.getenv()));
  }

  /**
   * The configuration given explicit properties and environment variables, for tests and for
   * frameworks with their own configuration (the keys as above, {@code tracing4j.filter}).
   */
  public static TracingConfig from(Map<String, String> properties, Map<String, String> environment) {
    return new TracingConfig(new ConfigSource(properties, environment));
  }

  /** Whether {@code tracing4j.subscriber} is set. */
  public boolean subscriberConfigured() {
    return subscriber != null;
  }

  /** The value of {@code tracing4j.subscriber} as given ({@code fmt,otel}), or {@code fmt}. */
  public String subscriberName() {
    return subscriberName;
  }

  /** The filter of every layer without its own; {@code info} when not configured. */
  public EnvFilter filter() {
    return filter;
  }

  /** The span lifecycle events to print; none when not configured. */
  public SpanEvents spanEvents() {
    return spanEvents;
  }

  /** What the writers do when their buffer is full; {@link Overflow#BLOCK} when not configured. */
  public Overflow overflow() {
    return overflow;
  }

  /** The layers in the order of {@code tracing4j.subscriber}; empty for {@code none}. */
  public List<LayerSettings> layers() {
    return layers.stream().map(ConfiguredLayer::settings).toList();
  }

  /**
   * Creates one registry with the configured layers ({@code fmt} when none is named), or returns
   * {@code null} for {@code none}.
   *
   * @throws ConfigurationException when an output cannot be opened or a layer rejects a setting
   */
  public Subscriber createSubscriber() {
    if (layers.isEmpty()) {
      return null;
    }
    List<Layer> created = new ArrayList<>();
    try {
      Registry.Builder registry = Registry.builder();
      for (ConfiguredLayer layer : layers) {
        Layer built = create(layer);
        created.add(built);
        registry.with(built, layer.settings().filter());
      }
      return registry.build();
    } catch (RuntimeException e) {
      created.forEach(TracingConfig::shutDownQuietly);
      throw e;
    }
  }

  /** {@code tracing4j.<layer>.<key>}: {@code tracing4j.otel.filter}. */
  static String layerKey(String layer, String key) {
    return PREFIX + layer + "." + key;
  }

  private static Layer create(ConfiguredLayer layer) {
    try {
      return Objects.requireNonNull(layer.provider().create(layer.settings()),
          () -> layer.provider().getClass().getName() + " created no layer");
    } catch (UncheckedIOException e) {
      throw new ConfigurationException(layer.outputSetting(), e.getMessage()
          + "; expected stderr, stdout or a writable file path", e);
    }
  }

  private static void shutDownQuietly(Layer layer) {
    try {
      layer.shutdown();
    } catch (RuntimeException ignored) {
      // The configuration error being thrown says what went wrong; this is only cleanup.
    }
  }

  private static List<String> layerNames(ConfigSource.Setting setting, String value) {
    List<String> names = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      String name = part.trim();
      if (name.isEmpty()) {
        throw new ConfigurationException(setting, "a layer name is empty; " + accepted(), null);
      }
      if (names.contains(name)) {
        throw new ConfigurationException(setting, "names the layer " + name + " twice; each layer"
            + " appears once", null);
      }
      names.add(name);
    }
    if (names.contains("none") && names.size() > 1) {
      throw new ConfigurationException(setting, "none records nothing and cannot be listed with"
          + " other layers", null);
    }
    return names;
  }

  private List<ConfiguredLayer> configureLayers(ConfigSource source, List<String> names) {
    if (names.equals(List.of("none"))) {
      return List.of();
    }
    List<ConfiguredLayer> configured = new ArrayList<>();
    Map<Path, String> files = new HashMap<>();
    for (String name : names) {
      LayerProvider provider = findProvider(name);
      EnvFilter layerFilter = parseFilter(source.get(layerKey(name, "filter")), filter);
      ConfigSource.Setting outputSetting = source.get(layerKey(name, "output"));
      if (outputSetting == null && configured.isEmpty()) {
        outputSetting = source.get(OUTPUT);
      }
      Output output = outputSetting == null ? provider.defaultOutput() : parseOutput(outputSetting);
      if (outputSetting == null) {
        outputSetting = new ConfigSource.Setting(layerKey(name, "output"), String.valueOf(output),
            "the default of " + name);
      }
      Optional<Path> file = Optional.ofNullable(output.path()).map(p -> p.toAbsolutePath().normalize());
      if (file.isPresent()) {
        String other = files.putIfAbsent(file.get(), name);
        if (other != null) {
          throw new ConfigurationException(outputSetting, "the layer " + other + " writes to this"
              + " file already; give each layer its own file with " + layerKey(name, "output"),
              null);
        }
      }
      LayerSettings settings =
          new LayerSettings(name, source, layerFilter, output, spanEvents, overflow);
      configured.add(new ConfiguredLayer(provider, settings, outputSetting));
    }
    return List.copyOf(configured);
  }

  private LayerProvider findProvider(String name) {
    Optional<BuiltInLayer> builtIn = BuiltInLayer.named(name);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    LinkedHashSet<String> found = new LinkedHashSet<>();
    for (LayerProvider provider : ServiceLoader.load(LayerProvider.class)) {
      if (provider.name().equals(name)) {
        return provider;
      }
      found.add(provider.name());
    }
    throw new ConfigurationException(subscriber, "unknown layer " + name + "; " + accepted()
        + " (LayerProviders on the class path: "
        + (found.isEmpty() ? "none" : String.join(", ", found)) + ")", null);
  }

  private static String accepted() {
    return "expected none, or one or more of " + String.join(", ", BuiltInLayer.NAMES)
        + " and the names of LayerProviders on the class path, separated by commas";
  }

  private static EnvFilter parseFilter(ConfigSource.Setting setting, EnvFilter otherwise) {
    if (setting == null) {
      return otherwise;
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
    return SUBSCRIBER + "=" + subscriberName + " " + FILTER + "=" + filter + " " + SPAN_EVENTS + "="
        + spanEvents + " " + OVERFLOW + "=" + overflow.name().toLowerCase(Locale.ROOT) + " layers="
        + layers();
  }
}
