package dev.tracing4j.runtime.config;

import dev.tracing4j.runtime.chrome.ChromeLayer;
import dev.tracing4j.runtime.fmt.FmtLayer;
import dev.tracing4j.runtime.json.JsonLayer;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.output.OutputWriter;
import dev.tracing4j.runtime.registry.Registry;
import dev.tracing4j.runtime.spi.Subscriber;
import java.util.List;
import java.util.function.Function;

/** The subscribers tracing4j knows by name, before any {@link SubscriberProvider}. */
record BuiltInSubscriber(String name, Function<TracingConfig, Subscriber> factory)
    implements SubscriberProvider {

  private static final List<BuiltInSubscriber> ALL = List.of(
      new BuiltInSubscriber("fmt", BuiltInSubscriber::fmt),
      new BuiltInSubscriber("json", BuiltInSubscriber::json),
      new BuiltInSubscriber("chrome", BuiltInSubscriber::chrome),
      new BuiltInSubscriber("none", config -> null));

  static BuiltInSubscriber named(String name) {
    for (BuiltInSubscriber subscriber : ALL) {
      if (subscriber.name.equals(name)) {
        return subscriber;
      }
    }
    return null;
  }

  @Override
  public Subscriber create(TracingConfig config) {
    return factory.apply(config);
  }

  private static Subscriber fmt(TracingConfig config) {
    FmtLayer layer = FmtLayer.builder()
        .output(config.output(Output.stderr()))
        .writerOptions(writerOptions(config))
        .spanEvents(config.spanEvents())
        .build();
    return Registry.builder().with(layer, config.filter()).build();
  }

  private static Subscriber json(TracingConfig config) {
    JsonLayer layer = JsonLayer.builder()
        .output(config.output(Output.stderr()))
        .writerOptions(writerOptions(config))
        .spanEvents(config.spanEvents())
        .build();
    return Registry.builder().with(layer, config.filter()).build();
  }

  private static Subscriber chrome(TracingConfig config) {
    ChromeLayer layer = ChromeLayer.builder()
        .output(config.output(Output.newFile(ChromeLayer.defaultPath())))
        .writerOptions(writerOptions(config))
        .build();
    return Registry.builder().with(layer, config.filter()).build();
  }

  private static OutputWriter.Options writerOptions(TracingConfig config) {
    return OutputWriter.options().overflow(config.overflow());
  }
}
