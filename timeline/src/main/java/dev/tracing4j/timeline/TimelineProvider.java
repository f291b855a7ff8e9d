package dev.tracing4j.timeline;

import dev.tracing4j.runtime.config.LayerProvider;
import dev.tracing4j.runtime.config.LayerSettings;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.registry.Layer;

/**
 * {@code tracing4j.subscriber=timeline}: a {@link TimelineLayer} writing to {@code
 * tracing4j.timeline.output} (default {@code timeline-<pid>.html}), holding at most {@code
 * tracing4j.timeline.cap} spans and events (default 100000).
 *
 * <pre>
 * java -Dtracing4j.subscriber=fmt,timeline -Dtracing4j.timeline.cap=20000 -jar shop.jar
 * </pre>
 */
public final class TimelineProvider implements LayerProvider {

  /** For {@link java.util.ServiceLoader}. */
  public TimelineProvider() {}

  @Override
  public String name() {
    return "timeline";
  }

  @Override
  public Layer create(LayerSettings settings) {
    int cap = settings.value("cap").map(value -> parseCap(settings, value))
        .orElse(TimelineLayer.DEFAULT_CAP);
    return TimelineLayer.builder().output(settings.output()).cap(cap).build();
  }

  private static int parseCap(LayerSettings settings, String value) {
    try {
      int cap = Integer.parseInt(value);
      if (cap >= 1) {
        return cap;
      }
    } catch (NumberFormatException notANumber) {
      // reported below, with the accepted values
    }
    throw settings.invalid("cap", "expected the most spans and events the page holds, a whole"
        + " number from 1 to 2147483647, such as 100000");
  }

  /** {@code timeline-<pid>.html} in the working directory. */
  @Override
  public Output defaultOutput() {
    return Output.newFile(TimelineLayer.defaultPath());
  }
}
