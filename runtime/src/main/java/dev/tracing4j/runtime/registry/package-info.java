/**
 * The registry that stores span data and the layers composed over it, after Rust's {@code
 * tracing-subscriber}.
 *
 * <p>A {@link dev.tracing4j.runtime.registry.Registry} assigns span ids, keeps each span's parent,
 * fields and busy/idle timing in a {@link dev.tracing4j.runtime.registry.SpanData}, and forwards
 * everything to its {@link dev.tracing4j.runtime.registry.Layer}s. Each layer adds one concern
 * (formatting, export) and has its own {@link dev.tracing4j.runtime.registry.Filter}, so one layer
 * can print {@code info} to the terminal while another writes {@code trace} to a file.
 *
 * <pre>{@code
 * Subscriber subscriber = Registry.builder()
 *     .with(FmtLayer.builder().build(), EnvFilter.parse("info"))
 *     .with(JsonLayer.builder().output(Output.file(Path.of("trace.jsonl"))).build(), EnvFilter.parse("trace"))
 *     .build();
 * }</pre>
 */
package dev.tracing4j.runtime.registry;
