package dev.tracing4j.runtime.config;

import dev.tracing4j.runtime.chrome.ChromeLayer;
import dev.tracing4j.runtime.fmt.FmtLayer;
import dev.tracing4j.runtime.json.JsonLayer;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.registry.Layer;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The layers tracing4j knows by name, before any {@link LayerProvider}. */
record BuiltInLayer(String name, Function<LayerSettings, Layer> factory,
    Supplier<Output> defaultOutputs) implements LayerProvider {

  static final List<String> NAMES = List.of("fmt", "json", "chrome");

  private static final List<BuiltInLayer> ALL = List.of(
      new BuiltInLayer("fmt", BuiltInLayer::fmt, Output::stderr),
      new BuiltInLayer("json", BuiltInLayer::json, Output::stderr),
      new BuiltInLayer("chrome", BuiltInLayer::chrome,
          () -> Output.newFile(ChromeLayer.defaultPath())));

  static Optional<BuiltInLayer> named(String name) {
    return ALL.stream().filter(layer -> layer.name.equals(name)).findFirst();
  }

  @Override
  public Layer create(LayerSettings settings) {
    return factory.apply(settings);
  }

  @Override
  public Output defaultOutput() {
    return defaultOutputs.get();
  }

  private static Layer fmt(LayerSettings settings) {
    return FmtLayer.builder()
        .output(settings.output())
        .writerOptions(settings.writerOptions())
        .spanEvents(settings.spanEvents())
        .build();
  }

  private static Layer json(LayerSettings settings) {
    return JsonLayer.builder()
        .output(settings.output())
        .writerOptions(settings.writerOptions())
        .spanEvents(settings.spanEvents())
        .build();
  }

  private static Layer chrome(LayerSettings settings) {
    return ChromeLayer.builder()
        .output(settings.output())
        .writerOptions(settings.writerOptions())
        .build();
  }
}
