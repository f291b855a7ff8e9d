/**
 * Async support: {@link dev.tracing4j.runtime.async.TracedFuture}, the future of an async
 * {@code @Instrument} method, whose callbacks run in the span that was current where they were
 * registered. Executors that carry the submitter's span into each task come from {@code
 * Tracing.propagating} and {@code Tracing.instrumented}.
 *
 * <pre>{@code
 * TracedFuture<Order> order = TracedFuture.of(repository.load(id));
 * order.thenAccept(o -> log.atInfo().log("loaded"));   // runs inside the span current here
 * }</pre>
 */
package dev.tracing4j.runtime.async;
