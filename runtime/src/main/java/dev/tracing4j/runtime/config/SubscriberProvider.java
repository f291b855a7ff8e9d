package dev.tracing4j.runtime.config;

import dev.tracing4j.runtime.spi.Subscriber;

/**
 * Makes a subscriber available by name to {@code tracing4j.subscriber}, found with {@link
 * java.util.ServiceLoader}: list the implementation in {@code
 * META-INF/services/dev.tracing4j.runtime.config.SubscriberProvider} (or {@code provides} it from
 * a module).
 *
 * <pre>{@code
 * public final class OtlpProvider implements SubscriberProvider {
 *   public String name() { return "otlp"; }
 *   public Subscriber create(TracingConfig config) {
 *     return Registry.builder().with(new OtlpLayer(), config.filter()).build();
 *   }
 * }
 * }</pre>
 *
 * <p>The built-in names ({@code fmt}, {@code json}, {@code chrome}, {@code none}) take
 * precedence over providers.
 */
public interface SubscriberProvider {

  /** The value of {@code tracing4j.subscriber} that selects this provider. */
  String name();

  /** Creates the subscriber, honouring the configured filter, output and span events. */
  Subscriber create(TracingConfig config);
}
