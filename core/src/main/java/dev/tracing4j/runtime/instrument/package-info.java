/**
 * For generated code: what the {@code Instrumented*} classes written by the tracing4j annotation
 * processor call, and nothing else. Each instrumented method keeps one {@link
 * dev.tracing4j.runtime.instrument.MethodSite} in a {@code static final} field.
 *
 * <pre>{@code
 * private static final MethodSite PLACE = MethodSite.builder("place", "com.shop.OrderService", Level.INFO)
 *     .source("OrderService.java", 42).fields("orderId").recordReturn().build();
 *
 * public Receipt place(long orderId) {
 *   if (!PLACE.isEnabled()) {
 *     return super.place(orderId);
 *   }
 *   Span span = PLACE.spanBuilder().field("orderId", orderId).start();
 *   ...
 * }
 * }</pre>
 *
 * <p>Hand-written code should use {@link dev.tracing4j.runtime.Tracer} instead; this package may
 * change with the processor. The one member meant for layers is {@link
 * dev.tracing4j.runtime.instrument.MethodSite#errorBeingRecorded()}, the exception behind an
 * {@code error} event.
 */
package dev.tracing4j.runtime.instrument;
