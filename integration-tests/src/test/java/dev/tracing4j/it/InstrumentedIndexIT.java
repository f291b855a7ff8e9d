package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code META-INF/tracing4j/instrumented.index} as a build writes it: this module's programs,
 * compiled by Maven with the processor, and a compilation with the Eclipse compiler.
 */
class InstrumentedIndexIT {

  private static final String INDEX = "META-INF/tracing4j/instrumented.index";

  /** The index in this module's classes: the only one on the test class path. */
  private static List<String> ownIndex() throws IOException {
    List<URL> indexes = Collections.list(
        InstrumentedIndexIT.class.getClassLoader().getResources(INDEX));
    assertEquals(1, indexes.size(), indexes.toString());
    try (InputStream in = indexes.get(0).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  @Test
  void listsTheModulesInstrumentedTypesSortedByTheOriginal() throws IOException {
    List<String> lines = ownIndex();
    assertTrue(lines.containsAll(List.of(
        "DefaultPackageTask InstrumentedDefaultPackageTask",
        "dev.tracing4j.it.shop.Inventory dev.tracing4j.it.shop.InstrumentedInventory",
        "dev.tracing4j.it.shop.Job$Steps$Step dev.tracing4j.it.shop.InstrumentedJob_Steps_Step",
        "dev.tracing4j.it.shop.OrderService dev.tracing4j.it.shop.InstrumentedOrderService")),
        String.join("\n", lines));
    List<String> originals = lines.stream().map(line -> line.split(" ")[0]).toList();
    assertEquals(originals.stream().sorted().toList(), originals);
  }

  @Test
  void everyLineNamesAGeneratedClassThatStandsInForItsOriginal() throws Exception {
    for (String line : ownIndex()) {
      String[] names = line.split(" ", -1);
      assertEquals(2, names.length, line);
      Class<?> original = Class.forName(names[0]);
      Class<?> generated = Class.forName(names[1]);
      assertTrue(original.isAssignableFrom(generated), line);
    }
  }

  @TempDir
  Path dir;

  @Test
  void theEclipseCompilerWritesTheSameIndex() throws Exception {
    write("shop/Shop.java", """
        package shop;

        import dev.tracing4j.Instrument;

        public class Shop {
          public static class Till {
            @Instrument public long open(long drawer) { return drawer; }
          }

          @Instrument public void close() {}
        }
        """);
    write("stock/Shelves.java", """
        package stock;

        import dev.tracing4j.Instrument;

        public interface Shelves {
          @Instrument int count(String sku);
        }
        """);
    Path classes = dir.resolve("classes");
    List<String> command = new ArrayList<>(List.of(ProgramRun.java(), "-jar",
        System.getProperty("ecj.jar"), "--release", "17",
        "-cp", path("tracing4j-runtime", "tracing4j-core", "tracing4j-annotations"),
        // ecj reads -processorpath only after -cp.
        "-processorpath", path("tracing4j-processor", "javapoet", "tracing4j-annotations"),
        "-d", classes.toString(), "-s", dir.resolve("generated").toString()));
    command.add(dir.resolve("src/stock/Shelves.java").toString());
    command.add(dir.resolve("src/shop/Shop.java").toString());
    ProgramRun compile = ProgramRun.runCommand(dir, command, Map.of());
    assertEquals(0, compile.exitCode, compile.toString());
    assertEquals("""
        shop.Shop shop.InstrumentedShop
        shop.Shop$Till shop.InstrumentedShop_Till
        stock.Shelves stock.InstrumentedShelves
        """, Files.readString(classes.resolve(INDEX), StandardCharsets.UTF_8));
  }

  private void write(String file, String source) throws IOException {
    Path path = dir.resolve("src").resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, source);
  }

  private static String path(String... artifacts) {
    return Stream.of(artifacts).map(ProgramRun::classPathEntry).map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
  }
}
