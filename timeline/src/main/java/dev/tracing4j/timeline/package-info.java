/**
 * See what an async program did. {@code tracing4j.subscriber=timeline} writes, at exit, one
 * self-contained HTML page with a row per span under its parent, grouped by request: when each
 * span was busy (and on which thread), when it waited, its events, and a table per span name.
 * {@code tracing4j.subscriber=summary} prints that table as text.
 *
 * <pre>
 * java -Dtracing4j.subscriber=fmt,timeline -jar shop.jar    # writes timeline-&lt;pid&gt;.html
 * java -Dtracing4j.subscriber=fmt,summary -jar shop.jar     # prints the table on stderr
 * </pre>
 *
 * <p>Both are {@link dev.tracing4j.runtime.registry.Layer}s, so they also compose in code:
 * {@link dev.tracing4j.timeline.TimelineLayer}, {@link dev.tracing4j.timeline.SummaryLayer}.
 */
package dev.tracing4j.timeline;
