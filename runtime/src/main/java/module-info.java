/**
 * The tracing4j runtime, the implementation of {@code dev.tracing4j.core}: the registry and its
 * layers, filters, the fmt, json and chrome subscribers, their output and the configuration that
 * picks them. It requires core transitively, so an application's one line is {@code requires
 * dev.tracing4j.runtime}. Layers selectable by name are found as {@link
 * dev.tracing4j.runtime.config.LayerProvider} services.
 *
 * <pre>{@code
 * module com.shop {
 *   requires dev.tracing4j.runtime;
 *   provides dev.tracing4j.runtime.config.LayerProvider with com.shop.MetricsProvider;
 * }
 * }</pre>
 */
module dev.tracing4j.runtime {
  requires transitive dev.tracing4j.core;
  requires com.fasterxml.jackson.core;

  exports dev.tracing4j.runtime.chrome;
  exports dev.tracing4j.runtime.config;
  exports dev.tracing4j.runtime.filter;
  exports dev.tracing4j.runtime.fmt;
  exports dev.tracing4j.runtime.format;
  exports dev.tracing4j.runtime.json;
  exports dev.tracing4j.runtime.output;
  exports dev.tracing4j.runtime.registry;

  uses dev.tracing4j.runtime.config.LayerProvider;
  provides dev.tracing4j.runtime.spi.TracingImplementation
      with dev.tracing4j.runtime.bootstrap.ConfiguredImplementation;
}
