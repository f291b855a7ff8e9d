package dev.tracing4j.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The console configured by name in a program of its own, as users start it. */
class ConsoleProcessTest {

  @Test
  void neverKeepsTheJvmAliveAndNamesTheSpansLeftOpenAtExit() throws Exception {
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dtracing4j.subscriber=console", "-Dtracing4j.console.port=0",
        "-cp", System.getProperty("java.class.path"), LeftOpenProgram.class.getName())
        .start();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the console kept the JVM alive");
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), err);
    List<String> lines = err.lines().toList();
    assertTrue(lines.get(0).matches(
        "tracing4j console: http://127\\.0\\.0\\.1:\\d+/ \\(loopback only\\)"), err);
    String id = out.trim().replace("forgotten id=", "");
    assertEquals(List.of("tracing4j console: 1 span was still open at exit:",
        "  forgotten id=" + id + " target=dev.tracing4j.console.LeftOpenProgram"),
        lines.subList(1, lines.size()));
  }
}
