package dev.tracing4j.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The page's fixed parts, read once from this module's resources: {@code page.html} with its
 * {@code {{name}}} slots, {@code timeline.css} and {@code timeline.js}. The script and style are
 * inlined into every page, so a page needs no other file and no network.
 */
final class PageTemplate {
  private static final String RESOURCES = "/dev/tracing4j/timeline/";

  static final String SCRIPT = read("timeline.js");
  static final String STYLE = read("timeline.css");
  /** The page split at its slots: literal text at even indexes, slot names at odd ones. */
  static final List<String> PARTS = split(read("page.html"));

  private PageTemplate() {}

  private static String read(String name) {
    try (InputStream in = PageTemplate.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("the timeline's resource " + RESOURCES + name
            + " is missing from the tracing4j-timeline jar");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Inlined as is: a closing tag inside would end the element early.
      if (text.contains("</script") && !name.endsWith(".html")
          || text.contains("</style") && !name.endsWith(".html")) {
        throw new IllegalStateException(name + " must not contain a closing script or style tag");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the timeline's resource " + name, e);
    }
  }

  static List<String> split(String template) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = template.indexOf("{{", from);
      if (open < 0) {
        parts.add(template.substring(from));
        return List.copyOf(parts);
      }
      int close = template.indexOf("}}", open);
      parts.add(template.substring(from, open));
      parts.add(template.substring(open + 2, close));
      from = close + 2;
    }
  }
}
