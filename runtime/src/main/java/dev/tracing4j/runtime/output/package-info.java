/**
 * Where formatted records go: an {@link dev.tracing4j.runtime.output.Output} names the destination
 * (stderr, stdout, a file) and an {@link dev.tracing4j.runtime.output.OutputWriter} writes to it
 * from a background thread, so that a slow disk never stalls the traced program.
 *
 * <pre>{@code
 * OutputWriter writer = OutputWriter.open(Output.file(Path.of("app.log")),
 *     OutputWriter.options().overflow(Overflow.DROP));
 * }</pre>
 */
package dev.tracing4j.runtime.output;
