/**
 * The human-readable {@code fmt} layer: one line per event, in the format of Rust's {@code
 * tracing-subscriber}, with the span context, the fields, and each span's busy and idle time when
 * it closes.
 *
 * <pre>
 * 2026-11-24T10:15:30.123456Z  INFO handle{request.id="r-1"}:place{order.id=42}: com.shop.OrderService: placed ok=true
 * 2026-11-24T10:15:30.125000Z  INFO handle{request.id="r-1"}:place{order.id=42}: com.shop.OrderService: close time.busy=1.20ms time.idle=801µs
 * </pre>
 */
package dev.tracing4j.runtime.fmt;
