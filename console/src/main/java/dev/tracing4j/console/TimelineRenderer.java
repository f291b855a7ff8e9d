package dev.tracing4j.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The timeline module's renderer ({@code timeline.js} and its style), which the page uses to draw
 * a row's span subtree. Read from the tracing4j-timeline jar: on the module path through the
 * module's own content, since its resource package is not open to other modules; on the class
 * path through the class loader.
 */
final class TimelineRenderer {
  static final String MODULE = "dev.tracing4j.timeline";
  private static final String DIRECTORY = "dev/tracing4j/timeline/";
  private static final Pattern CLOSING_TAG = Pattern.compile("(?i)</(script|style)");

  private TimelineRenderer() {}

  static String script() {
    return read("timeline.js");
  }

  static String style() {
    return read("timeline.css");
  }

  private static String read(String name) {
    String path = DIRECTORY + name;
    try (InputStream in = open(path)) {
      if (in == null) {
        throw new IllegalStateException("the timeline's " + path + " is missing: tracing4j-console"
            + " needs tracing4j-timeline beside it");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (CLOSING_TAG.matcher(text).find()) {
        // Inlined into a script or style element, a closing tag would end the element early.
        throw new IllegalStateException(path + " cannot be inlined: it contains a closing script or style tag");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the timeline's " + path, e);
    }
  }

  private static InputStream open(String path) throws IOException {
    ModuleLayer layer = TimelineRenderer.class.getModule().getLayer();
    Optional<ResolvedModule> timeline = layer == null ? Optional.empty()
        : layer.configuration().findModule(MODULE);
    if (timeline.isEmpty()) {
      return TimelineRenderer.class.getClassLoader().getResourceAsStream(path);
    }
    ModuleReader reader = timeline.get().reference().open();
    Optional<InputStream> in = reader.open(path);
    if (in.isEmpty()) {
      reader.close();
      return null;
    }
    return new InputStream() { // closes the reader with the stream
      @Override
      public int read() throws IOException {
        return in.get().read();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return in.get().read(buffer, offset, length);
      }

      @Override
      public void close() throws IOException {
        try (reader) {
          in.get().close();
        }
      }
    };
  }
}
