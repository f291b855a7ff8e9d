/**
 * The current tracing4j span as a Micrometer {@code context-propagation} value: {@link
 * dev.tracing4j.context.propagation.SpanThreadLocalAccessor}, registered through {@code
 * ServiceLoader} under the key {@code tracing4j.span}.
 */
package dev.tracing4j.context.propagation;
