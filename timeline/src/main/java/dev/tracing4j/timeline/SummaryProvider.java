package dev.tracing4j.timeline;

import dev.tracing4j.runtime.config.LayerProvider;
import dev.tracing4j.runtime.config.LayerSettings;
import dev.tracing4j.runtime.registry.Layer;

/**
 * {@code tracing4j.subscriber=summary}: a {@link SummaryLayer} printing to {@code
 * tracing4j.summary.output} (default {@code stderr}).
 *
 * <pre>
 * java -Dtracing4j.subscriber=fmt,summary -jar shop.jar
 * </pre>
 */
public final class SummaryProvider implements LayerProvider {

  /** For {@link java.util.ServiceLoader}. */
  public SummaryProvider() {}

  @Override
  public String name() {
    return "summary";
  }

  @Override
  public Layer create(LayerSettings settings) {
    return SummaryLayer.builder().output(settings.output()).build();
  }
}
