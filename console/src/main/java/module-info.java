/**
 * tracing4j's live console: a layer that records the tasks of instrumented executors and the root
 * spans of a running program, and a small HTTP server that shows them on a page and as JSON.
 * Selected by name, {@code tracing4j.subscriber=fmt,console}, or built in code with {@link
 * dev.tracing4j.console.ConsoleLayer#builder()}.
 *
 * <pre>{@code
 * module com.shop {
 *   requires dev.tracing4j.runtime;
 *   requires dev.tracing4j.console;   // or only at run time, found as a LayerProvider
 * }
 * }</pre>
 */
@SuppressWarnings("requires-automatic") // HdrHistogram ships no module descriptor
module dev.tracing4j.console {
  requires transitive dev.tracing4j.runtime;
  requires com.fasterxml.jackson.core;
  requires jdk.httpserver;
  requires dev.tracing4j.timeline; // its renderer, read from its jar (see Page)
  requires HdrHistogram;

  exports dev.tracing4j.console;

  provides dev.tracing4j.runtime.config.LayerProvider
      with dev.tracing4j.console.ConsoleLayerProvider;
}
