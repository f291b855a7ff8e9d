package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library that instruments itself depends on {@code tracing4j-core} alone: it compiles with the
 * processor against core (no runtime, no jackson), runs untraced and silent without an
 * implementation, says so in one line when tracing is asked for, and traces inside an application
 * that adds {@code tracing4j-runtime}.
 */
class LibraryOnCoreIT {

  private static final String INVENTORY = """
      package lib;

      import dev.tracing4j.Instrument;
      import dev.tracing4j.runtime.Tracer;

      public class Inventory {
        private static final Tracer log = Tracer.of(Inventory.class);

        @Instrument
        public int reserve(String sku, int count) {
          log.atInfo().field("left", 10 - count).log("reserved");
          return 10 - count;
        }
      }
      """;

  private static final String MAIN = """
      package lib;

      public class Main {
        public static void main(String[] args) {
          if (args.length > 0 && args[0].equals("init")) {
            dev.tracing4j.runtime.Tracing.init();
          }
          System.out.println("left " + new InstrumentedInventory().reserve("apple", 3));
        }
      }
      """;

  @TempDir
  static Path dir;

  private static Path library;

  private static String path(String... artifacts) {
    return String.join(File.pathSeparator, Stream.of(artifacts)
        .map(ProgramRun::classPathEntry).map(Path::toString).toList());
  }

  @BeforeAll
  static void compileTheLibraryAgainstCoreAlone() throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src/lib"));
    Files.writeString(sources.resolve("Inventory.java"), INVENTORY);
    Files.writeString(sources.resolve("Main.java"), MAIN);
    library = dir.resolve("classes");
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(diagnostics, true, StandardCharsets.UTF_8);
    int status = ToolProvider.findFirst("javac").orElseThrow().run(out, out,
        "--release", "17", "-Xlint:all,-processing", "-Werror",
        "-cp", path("tracing4j-core", "tracing4j-annotations"),
        "-processorpath", path("tracing4j-processor", "javapoet", "tracing4j-annotations"),
        "-d", library.toString(),
        sources.resolve("Inventory.java").toString(), sources.resolve("Main.java").toString());
    assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));
  }

  private static ProgramRun run(String classPath, String... options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ProgramRun.java()));
    for (String option : options) {
      if (option.startsWith("-D")) {
        command.add(option);
      }
    }
    command.addAll(List.of("-cp", library + File.pathSeparator + classPath, "lib.Main"));
    for (String option : options) {
      if (!option.startsWith("-D")) {
        command.add(option);
      }
    }
    ProgramRun run = ProgramRun.runCommand(null, command, Map.of());
    assertEquals(0, run.exitCode, run.toString());
    assertEquals("left 7\n", run.stdout, "the library's method runs: " + run);
    return run;
  }

  private static String coreOnly() {
    return path("tracing4j-core", "tracing4j-annotations");
  }

  @Test
  void withoutAnImplementationNothingIsRecordedAndNothingIsSaid() throws Exception {
    assertEquals("", run(coreOnly()).stderr);
    assertEquals("", run(coreOnly(), "-Dtracing4j.subscriber=none").stderr);
  }

  @Test
  void aConfiguredSubscriberWithoutAnImplementationIsOneLineNamingTheRuntime() throws Exception {
    assertEquals("tracing4j: tracing4j.subscriber is \"fmt\", but no tracing4j implementation is"
        + " on the class path: add tracing4j-runtime (dev.tracing4j:tracing4j-runtime) to record"
        + " spans and events; tracing stays off\n",
        run(coreOnly(), "-Dtracing4j.subscriber=fmt").stderr);
  }

  @Test
  void tracingInitWithoutAnImplementationIsOneLineNamingTheRuntime() throws Exception {
    assertEquals("tracing4j: Tracing.init() was called, but no tracing4j implementation is on"
        + " the class path: add tracing4j-runtime (dev.tracing4j:tracing4j-runtime) to record"
        + " spans and events; tracing stays off\n", run(coreOnly(), "init").stderr);
  }

  @Test
  void insideAnApplicationWithTheRuntimeTheLibraryIsTraced() throws Exception {
    ProgramRun run = run(path("tracing4j-runtime", "tracing4j-core", "tracing4j-annotations",
        "jackson-core"), "-Dtracing4j.subscriber=fmt");
    assertEquals(
        List.of("<ts>  INFO reserve{sku=\"apple\" count=3}: lib.Inventory: reserved left=7"),
        run.stderrLines());
  }
}
