/**
 * The SLF4J 2 provider of tracing4j: code that logs through SLF4J is recorded as tracing4j events
 * inside the current spans. It has no API of its own; SLF4J finds it as a service.
 */
module dev.tracing4j.slf4j {
  requires dev.tracing4j.runtime;
  requires org.slf4j;

  provides org.slf4j.spi.SLF4JServiceProvider with dev.tracing4j.slf4j.TracingServiceProvider;
}
