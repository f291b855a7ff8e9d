package dev.tracing4j.runtime.config;

import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.registry.Layer;

/**
 * Makes a layer available by name to {@code tracing4j.subscriber}, found with {@link
 * java.util.ServiceLoader}: list the implementation in {@code
 * META-INF/services/dev.tracing4j.runtime.config.LayerProvider} (or {@code provides} it from a
 * module). Each name of {@code tracing4j.subscriber=fmt,metrics} becomes one layer of one
 * registry, with its own filter and output.
 *
 * <pre>{@code
 * public final class MetricsProvider implements LayerProvider {
 *   public String name() { return "metrics"; }
 *   public Layer create(LayerSettings settings) {
 *     Duration every = settings.value("interval").map(Duration::parse).orElse(Duration.ofSeconds(10));
 *     return new MetricsLayer(settings.output(), every);
 *   }
 * }
 * }</pre>
 *
 * <p>The built-in names ({@code fmt}, {@code json}, {@code chrome}) take precedence over
 * providers.
 */
public interface LayerProvider {

  /** The name in {@code tracing4j.subscriber} that selects this layer, such as {@code otel}. */
  String name();

  /**
   * Creates the layer. The registry applies {@link LayerSettings#filter()} to it; the layer
   * honours the output, span events and overflow of {@code settings} where they apply to it.
   *
   * @throws ConfigurationException for a setting of this layer it cannot use (see {@link
   *     LayerSettings#invalid})
   */
  Layer create(LayerSettings settings);

  /**
   * Where this layer writes when no output is configured for it: {@code stderr} unless the layer
   * writes a file of its own, such as chrome's {@code trace-<pid>.json}.
   */
  default Output defaultOutput() {
    return Output.stderr();
  }
}
