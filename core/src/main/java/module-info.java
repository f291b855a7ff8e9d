/**
 * tracing4j's API: what instrumented code and the code generated for {@code @Instrument} call
 * ({@code Tracing}, {@code Tracer}, {@code Span}, {@code Scope}, callsites and dispatch), and the
 * SPI that subscribers implement. A library that instruments itself requires this module alone;
 * with no implementation present every callsite is disabled at the cost of one cached read. An
 * application adds an implementation, {@code dev.tracing4j.runtime}, which core finds as a {@link
 * dev.tracing4j.runtime.spi.TracingImplementation} service.
 *
 * <pre>{@code
 * module com.shop.inventory {
 *   requires dev.tracing4j.core;
 * }
 * }</pre>
 */
@SuppressWarnings("module") // the internal package is shared with the implementation and integrations only
module dev.tracing4j.core {
  requires transitive dev.tracing4j.annotations;

  exports dev.tracing4j.runtime;
  exports dev.tracing4j.runtime.async;
  exports dev.tracing4j.runtime.instrument;
  exports dev.tracing4j.runtime.spi;
  // The Spring Boot integration takes over the subscriber's shutdown at exit (ExitShutdown).
  exports dev.tracing4j.runtime.internal to dev.tracing4j.runtime, dev.tracing4j.spring.boot;

  uses dev.tracing4j.runtime.spi.TracingImplementation;
}
