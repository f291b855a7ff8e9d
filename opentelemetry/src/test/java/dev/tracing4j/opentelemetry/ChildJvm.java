package dev.tracing4j.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A program of the test sources run in a JVM of its own, as a user runs it: on the test JVM's
 * class path, with the given environment and no inherited {@code TRACING4J_*} or {@code OTEL_*}
 * variable.
 */
final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final Path out;
  private final Path err;

  private ChildJvm(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code main} with {@code env}; stdout and stderr go to files, read by the getters. */
  static ChildJvm start(Class<?> main, Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet()
        .removeIf(key -> key.startsWith("TRACING4J_") || key.startsWith("OTEL_"));
    builder.environment().putAll(env);
    Path out = Files.createTempFile("child", ".out");
    Path err = Files.createTempFile("child", ".err");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    return new ChildJvm(builder.start(), out, err);
  }

  /** Waits for the program to exit by itself; returns its exit code. */
  int waitFor() throws InterruptedException {
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the program did not exit: " + this);
    return process.exitValue();
  }

  /** The first line of stdout that starts with {@code prefix}, without it; waits up to 30 s. */
  String awaitLine(String prefix) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
        if (line.startsWith(prefix)) {
          return line.substring(prefix.length());
        }
      }
      if (!process.isAlive()) {
        break;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no line starting with " + prefix + ": " + this);
  }

  /** Writes a line to the program's stdin. */
  void send(String line) throws IOException {
    process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().flush();
  }

  String stdout() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  String stderr() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }

  /** Kills the program if it still runs, and removes its output files. */
  @Override
  public void close() throws IOException {
    process.destroyForcibly();
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
  }

  @Override
  public String toString() {
    try {
      return "exit " + (process.isAlive() ? "(running)" : process.exitValue())
          + "\n--- stdout\n" + stdout() + "--- stderr\n" + stderr();
    } catch (IOException e) {
      return e.toString();
    }
  }
}
