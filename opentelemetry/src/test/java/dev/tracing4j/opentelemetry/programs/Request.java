package dev.tracing4j.opentelemetry.programs;

/** What {@link OrderHandler} knows of an HTTP request. */
public record Request(String path, String traceparent) {}
