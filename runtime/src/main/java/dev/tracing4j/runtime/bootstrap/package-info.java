/**
 * How {@code tracing4j-core} finds the runtime: the {@link
 * dev.tracing4j.runtime.spi.TracingImplementation} service. Not exported; not an API.
 */
package dev.tracing4j.runtime.bootstrap;
