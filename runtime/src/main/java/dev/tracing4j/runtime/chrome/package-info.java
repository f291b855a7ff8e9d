/**
 * The {@code chrome} layer: a trace file in the Chrome Trace Event Format, which Perfetto
 * (ui.perfetto.dev) and {@code chrome://tracing} open as a timeline.
 *
 * <pre>{@code
 * java -Dtracing4j.subscriber=chrome -jar app.jar     # writes trace-<pid>.json at exit
 * }</pre>
 */
package dev.tracing4j.runtime.chrome;
