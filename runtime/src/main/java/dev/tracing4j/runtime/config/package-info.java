/**
 * Run-time configuration: which layers record, with which filter, where each writes, which
 * span lifecycle events they print and whether their writers may drop records, read from system
 * properties (which win) and environment variables. With several layers ({@code fmt,otel}),
 * {@code tracing4j.<name>.filter} and {@code tracing4j.<name>.output} (environment {@code
 * TRACING4J_<NAME>_FILTER}, {@code TRACING4J_<NAME>_OUTPUT}) configure one layer; the plain
 * filter applies to every layer without its own, the plain output to the first layer only.
 *
 * <table>
 *   <caption>Configuration keys</caption>
 *   <tr><th>system property</th><th>environment variable</th><th>values</th><th>default</th></tr>
 *   <tr><td>{@code tracing4j.subscriber}</td><td>{@code TRACING4J_SUBSCRIBER}</td>
 *       <td>{@code fmt}, {@code json}, {@code chrome}, {@code none}, a {@link
 *       dev.tracing4j.runtime.config.LayerProvider} name, or a comma-separated list of them</td>
 *       <td>none ({@code fmt} after {@code Tracing.init()})</td></tr>
 *   <tr><td>{@code tracing4j.filter}</td><td>{@code TRACING4J_FILTER}</td>
 *       <td>filter directives</td><td>{@code info}</td></tr>
 *   <tr><td>{@code tracing4j.output}</td><td>{@code TRACING4J_OUTPUT}</td>
 *       <td>{@code stderr}, {@code stdout} or a file path</td>
 *       <td>{@code stderr} ({@code chrome}: {@code trace-<pid>.json})</td></tr>
 *   <tr><td>{@code tracing4j.span_events}</td><td>{@code TRACING4J_SPAN_EVENTS}</td>
 *       <td>{@code new, enter, exit, close}, {@code none}, {@code active}, {@code full}</td>
 *       <td>{@code none}</td></tr>
 *   <tr><td>{@code tracing4j.overflow}</td><td>{@code TRACING4J_OVERFLOW}</td>
 *       <td>{@code block} or {@code drop}</td><td>{@code block}</td></tr>
 * </table>
 */
package dev.tracing4j.runtime.config;
