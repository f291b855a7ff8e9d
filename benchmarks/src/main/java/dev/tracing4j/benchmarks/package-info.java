/**
 * JMH benchmarks measuring tracing4j beside what a Java user would otherwise pick, in one run:
 * the OpenTelemetry SDK, Logback with SLF4J 2 and logstash-logback-encoder, and MDC. Run them with
 * {@code benchmarks/run.sh}, which prints a table with the ratios.
 */
package dev.tracing4j.benchmarks;
