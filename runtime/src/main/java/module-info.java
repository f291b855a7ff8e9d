/**
 * The tracing4j runtime: spans, events and dispatch, the registry and its layers, filters, the
 * fmt, json and chrome subscribers, and async context propagation. Everything but {@code
 * dev.tracing4j.runtime.internal} is exported; subscribers selectable by name are found as
 * {@link dev.tracing4j.runtime.config.SubscriberProvider} services.
 *
 * <pre>{@code
 * module com.shop {
 *   requires dev.tracing4j.runtime;
 *   provides dev.tracing4j.runtime.config.SubscriberProvider with com.shop.MetricsProvider;
 * }
 * }</pre>
 */
module dev.tracing4j.runtime {
  requires transitive dev.tracing4j.annotations;
  requires com.fasterxml.jackson.core;

  exports dev.tracing4j.runtime;
  exports dev.tracing4j.runtime.async;
  exports dev.tracing4j.runtime.chrome;
  exports dev.tracing4j.runtime.config;
  exports dev.tracing4j.runtime.filter;
  exports dev.tracing4j.runtime.fmt;
  exports dev.tracing4j.runtime.format;
  exports dev.tracing4j.runtime.instrument;
  exports dev.tracing4j.runtime.json;
  exports dev.tracing4j.runtime.output;
  exports dev.tracing4j.runtime.registry;
  exports dev.tracing4j.runtime.spi;

  uses dev.tracing4j.runtime.config.SubscriberProvider;
}
