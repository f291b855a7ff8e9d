package dev.tracing4j.runtime.registry;

import dev.tracing4j.runtime.Tracing;

/** Installs a recording layer as the global default, for work that crosses threads. */
final class GlobalRecording implements AutoCloseable {
  final RecordingLayer layer = new RecordingLayer();

  GlobalRecording() {
    Tracing.setGlobalDefault(Registry.builder().with(layer).build());
  }

  @Override
  public void close() {
    Tracing.setGlobalDefault(Registry.builder().build()); // no layer: records nothing
  }
}
