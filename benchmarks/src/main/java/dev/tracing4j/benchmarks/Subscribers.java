package dev.tracing4j.benchmarks;

import dev.tracing4j.runtime.filter.EnvFilter;
import dev.tracing4j.runtime.fmt.FmtLayer;
import dev.tracing4j.runtime.format.SpanEvents;
import dev.tracing4j.runtime.json.JsonLayer;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.Registry;
import java.io.OutputStream;

/**
 * The tracing4j setups measured, each installed as the global default of its benchmark fork.
 * Benchmarks write to a stream that discards; tests check the same setups write what they claim.
 */
final class Subscribers {
  private Subscribers() {}

  /** A registry whose only layer drops everything: the cost of the machinery itself. */
  static Registry droppingEverything() {
    return Registry.builder().with(new Layer() {}).build();
  }

  /** fmt at info to {@code out}, with the given span lifecycle events. */
  static Registry fmt(OutputStream out, SpanEvents spanEvents) {
    return Registry.builder().with(FmtLayer.builder().output(Output.stream(out, "benchmark"))
        .ansi(false).spanEvents(spanEvents).build(), EnvFilter.parse("info")).build();
  }

  /** json at info to {@code out}, with the given span lifecycle events. */
  static Registry json(OutputStream out, SpanEvents spanEvents) {
    return Registry.builder().with(JsonLayer.builder().output(Output.stream(out, "benchmark"))
        .spanEvents(spanEvents).build(), EnvFilter.parse("info")).build();
  }
}
