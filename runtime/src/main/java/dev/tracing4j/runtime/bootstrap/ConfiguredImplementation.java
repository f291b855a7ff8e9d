package dev.tracing4j.runtime.bootstrap;

import dev.tracing4j.runtime.config.TracingConfig;
import dev.tracing4j.runtime.spi.Subscriber;
import dev.tracing4j.runtime.spi.TracingImplementation;
import java.util.Optional;

/**
 * The runtime as {@code tracing4j-core} finds it: subscribers built from {@link TracingConfig},
 * {@code fmt} when {@code Tracing.init()} runs with nothing configured.
 */
public final class ConfiguredImplementation implements TracingImplementation {

  /** For {@link java.util.ServiceLoader}. */
  public ConfiguredImplementation() {}

  @Override
  public Optional<Subscriber> configured() {
    TracingConfig config = TracingConfig.fromEnvironment();
    return config.subscriberConfigured()
        ? Optional.ofNullable(config.createSubscriber()) : Optional.empty();
  }

  @Override
  public Optional<Subscriber> configuredOrDefault() {
    return Optional.ofNullable(TracingConfig.fromEnvironment().createSubscriber());
  }
}
