package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program of this module in a fresh JVM, as a user would, and captures what it prints.
 * The test JVM's class path (with the processor-compiled programs) is reused.
 */
public final class ProgramRun {
  public final int exitCode;
  public final String stdout;
  public final String stderr;

  private ProgramRun(int exitCode, String stdout, String stderr) {
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Runs {@code main} with JVM options (e.g. {@code -Dtracing4j.subscriber=fmt}) and arguments. */
  public static ProgramRun run(Class<?> main, List<String> jvmOptions, Map<String, String> env,
      String... args) throws IOException, InterruptedException {
    return runIn(null, main, jvmOptions, env, args);
  }

  /** As {@link #run}, in working directory {@code directory} (null for this one). */
  public static ProgramRun runIn(Path directory, Class<?> main, List<String> jvmOptions,
      Map<String, String> env, String... args) throws IOException, InterruptedException {
    return runOnClassPath(directory, System.getProperty("java.class.path"), main, jvmOptions, env,
        args);
  }

  /** As {@link #runIn}, on {@code classPath} instead of the test JVM's class path. */
  public static ProgramRun runOnClassPath(Path directory, String classPath, Class<?> main,
      List<String> jvmOptions, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath);
    command.add(main.getName());
    command.addAll(List.of(args));
    return runCommand(directory, command, env);
  }

  /**
   * Runs {@code command} (starting with the java executable of {@link #java()}), with no {@code
   * TRACING4J_*} variable but those of {@code env}; waits up to a minute for it to exit.
   */
  public static ProgramRun runCommand(Path directory, List<String> command,
      Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    builder.environment().keySet().removeIf(key -> key.startsWith("TRACING4J_"));
    builder.environment().putAll(env);
    Path out = Files.createTempFile("program", ".out");
    Path err = Files.createTempFile("program", ".err");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the program did not exit: " + command);
    ProgramRun run = new ProgramRun(process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  /**
   * The entry of this test's class path that holds {@code artifact}: its jar (named after it), or
   * for a module of this build not packaged yet, its {@code target/classes}.
   */
  public static Path classPathEntry(String artifact) {
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (path.getFileName().toString().startsWith(artifact)
          || path.endsWith(Path.of(artifact.replace("tracing4j-", ""), "target", "classes"))) {
        return path;
      }
    }
    throw new AssertionError(artifact + " is not on the class path");
  }

  /** The java executable of the JVM running the tests. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  public static ProgramRun run(Class<?> main, String... jvmOptions)
      throws IOException, InterruptedException {
    return run(main, List.of(jvmOptions), Map.of());
  }

  /** Lines of stderr without the timestamp, which is the only part that changes between runs. */
  public List<String> stderrLines() {
    return withoutTimestamps(stderr);
  }

  public static List<String> withoutTimestamps(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isEmpty()) {
        lines.add(line.replaceFirst("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z ", "<ts> "));
      }
    }
    return lines;
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
  }
}
