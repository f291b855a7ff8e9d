package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under the Eclipse compiler (ecj), which Eclipse and VS Code's Java support build
 * with: it generates the same classes, without a warning, and they trace when run. ecj reports no
 * source lines to processors, so callsites have none.
 */
class EclipseCompilerIT {

  private static final String SHOP = """
      package shop;

      import dev.tracing4j.Instrument;
      import java.util.concurrent.CompletableFuture;

      public class Shop {
        public record Customer(String name) {}

        @Instrument(fields = "customer.name = customer.name()", skip = "customer", ret = true)
        public long place(long orderId, Customer customer) {
          return orderId * 2;
        }

        @Instrument(err = true)
        public CompletableFuture<String> ship(String parcel) {
          return CompletableFuture.failedFuture(new IllegalStateException("no van for " + parcel));
        }

        public static void main(String[] args) {
          Shop shop = new InstrumentedShop();
          shop.place(21, new Customer("ada"));
          shop.ship("p-1").exceptionally(e -> "late").join();
        }
      }
      """;

  @TempDir
  Path dir;

  private static String path(String... artifacts) {
    return Stream.of(artifacts).map(ProgramRun::classPathEntry).map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
  }

  @Test
  void generatesWithoutWarningsAndTheProgramTraces() throws Exception {
    Path source = dir.resolve("src/shop/Shop.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, SHOP);
    Path classes = dir.resolve("classes");
    String classPath = path("tracing4j-runtime", "tracing4j-core", "tracing4j-annotations",
        "jackson-core");
    // ecj reads -processorpath only after -cp.
    ProgramRun compile = ProgramRun.runCommand(dir, List.of(ProgramRun.java(), "-jar",
        System.getProperty("ecj.jar"), "--release", "17", "-cp", classPath,
        "-processorpath", path("tracing4j-processor", "javapoet", "tracing4j-annotations"),
        "-d", classes.toString(), "-s", dir.resolve("generated").toString(), source.toString()),
        Map.of());
    assertEquals(0, compile.exitCode, compile.toString());
    assertEquals("", compile.stdout + compile.stderr, "no warning");
    assertTrue(Files.exists(dir.resolve("generated/shop/InstrumentedShop.java")));

    ProgramRun run = ProgramRun.runCommand(dir, List.of(ProgramRun.java(),
        "-Dtracing4j.subscriber=fmt", "-cp", classes + File.pathSeparator + classPath,
        "shop.Shop"), Map.of());
    assertEquals(0, run.exitCode, run.toString());
    assertEquals(List.of(
        "<ts>  INFO place{orderId=21 customer.name=\"ada\"}: shop.Shop: return=42",
        "<ts> ERROR ship{parcel=\"p-1\"}: shop.Shop:"
            + " error=\"java.lang.IllegalStateException: no van for p-1\""), run.stderrLines());
  }
}
