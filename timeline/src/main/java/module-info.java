/**
 * tracing4j's timeline and summary: {@code tracing4j.subscriber=timeline} writes a self-contained
 * HTML timeline of every span at exit, {@code tracing4j.subscriber=summary} prints a table of
 * durations per span name. Both are found by name as {@link
 * dev.tracing4j.runtime.config.LayerProvider} services.
 *
 * <pre>{@code
 * module com.shop {
 *   requires dev.tracing4j.runtime;
 *   requires dev.tracing4j.timeline;   // or only on the module path at run time
 * }
 * }</pre>
 */
module dev.tracing4j.timeline {
  requires dev.tracing4j.runtime;
  requires com.fasterxml.jackson.core;

  exports dev.tracing4j.timeline;

  provides dev.tracing4j.runtime.config.LayerProvider
      with dev.tracing4j.timeline.TimelineProvider, dev.tracing4j.timeline.SummaryProvider;
}
