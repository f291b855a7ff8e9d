/**
 * Async support: futures whose callbacks run in the span that was current where they were
 * registered, and executors that carry the submitter's span into each task.
 *
 * <pre>{@code
 * ExecutorService pool = Tracing.propagating(Executors.newFixedThreadPool(4));
 * pool.submit(() -> log.atInfo().log("runs inside the submitter's span"));
 * }</pre>
 */
package dev.tracing4j.runtime.async;
