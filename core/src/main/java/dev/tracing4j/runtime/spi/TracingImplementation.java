package dev.tracing4j.runtime.spi;

import java.util.Optional;

/**
 * What {@code tracing4j-core} finds with {@link java.util.ServiceLoader} to turn configuration
 * into a subscriber: {@code tracing4j-runtime} provides one, as an SLF4J binding provides a
 * logger. Core asks it once, when the first callsite is used or {@code Tracing.init()} runs, so
 * core itself reads no configuration format and depends on no implementation.
 *
 * <pre>{@code
 * public final class MyImplementation implements TracingImplementation {
 *   public Optional<Subscriber> configured() { return Optional.of(new MySubscriber()); }
 *   public Optional<Subscriber> configuredOrDefault() { return configured(); }
 * }
 * // listed in META-INF/services/dev.tracing4j.runtime.spi.TracingImplementation
 * }</pre>
 */
public interface TracingImplementation {

  /**
   * The subscriber that configuration names ({@code tracing4j.subscriber}), for the first callsite
   * hit; empty when nothing is named or the name is {@code none}.
   *
   * @throws IllegalArgumentException when a configuration value is bad; its message names the
   *     key, the value and the accepted forms
   */
  Optional<Subscriber> configured();

  /**
   * The subscriber {@code Tracing.init()} installs: the configured one, or the implementation's
   * default when nothing is named; empty for {@code none}.
   *
   * @throws IllegalArgumentException as {@link #configured()}
   */
  Optional<Subscriber> configuredOrDefault();
}
