package dev.tracing4j.runtime.fmt;

import dev.tracing4j.runtime.output.Output;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** An in-memory output whose lines tests read after flushing the layer that writes to it. */
public final class CapturedOutput {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  public Output output() {
    return Output.stream(bytes, "memory");
  }

  public synchronized String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  public List<String> lines() {
    String text = text();
    return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0,
        text.split("\n", -1).length - 1);
  }
}
