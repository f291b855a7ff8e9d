/**
 * Run-time configuration: which subscriber records, with which filter, where it writes, which
 * span lifecycle events it prints and whether its writer may drop records, read from system
 * properties (which win) and environment variables.
 *
 * <table>
 *   <caption>Configuration keys</caption>
 *   <tr><th>system property</th><th>environment variable</th><th>values</th><th>default</th></tr>
 *   <tr><td>{@code tracing4j.subscriber}</td><td>{@code TRACING4J_SUBSCRIBER}</td>
 *       <td>{@code fmt}, {@code json}, {@code chrome}, {@code none}, or a {@link
 *       dev.tracing4j.runtime.config.SubscriberProvider} name</td>
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
