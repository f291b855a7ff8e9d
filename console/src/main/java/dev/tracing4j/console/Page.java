package dev.tracing4j.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one page, self-contained: {@code console.html} with its style and script, and the timeline's
 * renderer, put inline when the server starts, so it needs no other request than to the API and
 * works with no network.
 */
final class Page {
  private Page() {}

  static byte[] load() {
    String html = resource("console.html")
        .replace("/*TIMELINE_CSS*/", TimelineRenderer.style())
        .replace("/*CONSOLE_CSS*/", resource("console.css"))
        .replace("/*TIMELINE_JS*/", TimelineRenderer.script())
        .replace("/*CONSOLE_JS*/", resource("console.js"));
    return html.getBytes(StandardCharsets.UTF_8);
  }

  private static String resource(String name) {
    try (InputStream in = Page.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the console's " + name + " is missing from its jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
