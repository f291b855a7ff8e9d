package dev.tracing4j.spring.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The fmt lines a test application wrote to a file, without their timestamps. */
final class TraceFile {
  private TraceFile() {}

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(line -> line.substring(line.indexOf(' ')).trim())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
