/**
 * tracing4j's Spring Boot auto-configuration, {@link
 * dev.tracing4j.spring.boot.TracingAutoConfiguration}: beans with {@code @Instrument} methods are
 * created as their generated classes, and the configured subscriber lives as long as the
 * application context.
 */
package dev.tracing4j.spring.boot;
