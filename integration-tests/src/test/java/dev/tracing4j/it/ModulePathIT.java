package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular application ({@code module-info.java}) that requires tracing4j from the module path,
 * with an {@code @Instrument} class, compiled under {@code -Xlint:all -Werror} (but for the
 * try-with-resources scope idiom) and run as its own JVM: the jars are JPMS modules with the names
 * the README gives, generated code compiles inside a module, jackson-core is found as one, and
 * SLF4J finds the tracing4j provider as a service.
 */
class ModulePathIT {

  private static final String MODULE_INFO = """
      module shop.app {
        requires dev.tracing4j.runtime;
        requires org.slf4j;
      }
      """;

  private static final String MAIN = """
      package shop.app;

      import dev.tracing4j.Level;
      import dev.tracing4j.runtime.Scope;
      import dev.tracing4j.runtime.Span;
      import dev.tracing4j.runtime.Tracer;
      import dev.tracing4j.runtime.Tracing;

      public class Main {
        private static final Tracer log = Tracer.of(Main.class);

        public static void main(String[] args) {
          Tracing.init();
          Span place = log.span(Level.INFO, "place").field("order.id", 42L).start();
          try (Scope scope = place.enter()) {
            log.atInfo().field("ok", true).log("placed");
          }
          place.close();
          new InstrumentedOrders().ship(7L);
        }
      }
      """;

  private static final String ORDERS = """
      package shop.app;

      import dev.tracing4j.Instrument;
      import dev.tracing4j.runtime.Tracer;
      import org.slf4j.LoggerFactory;

      public class Orders {
        private static final Tracer log = Tracer.of(Orders.class);

        @Instrument(fields = "module = \\"shop.app\\"")
        public void ship(long orderId) {
          log.atInfo().log("shipped");
          LoggerFactory.getLogger(Orders.class).info("logged through {}", "slf4j");
        }
      }
      """;

  @TempDir
  static Path dir;

  private static Path modules;
  private static Path app;

  /** The packaged jar of a dependency on this test's class path. */
  private static Path jarOf(String artifact) {
    Path entry = ProgramRun.classPathEntry(artifact);
    assumeTrue(entry.toString().endsWith(".jar"),
        "needs the packaged jars (mvn verify), found " + entry);
    return entry;
  }

  /** The module a jar declares in its {@code module-info.class}. */
  private static ModuleDescriptor descriptor(Path jar) {
    ModuleDescriptor descriptor = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
    assertFalse(descriptor.isAutomatic(), jar + " has no module-info.class");
    return descriptor;
  }

  @BeforeAll
  static void compileTheModularApplication() throws IOException {
    Path annotations = jarOf("tracing4j-annotations");
    Path core = jarOf("tracing4j-core");
    Path runtime = jarOf("tracing4j-runtime");
    assertEquals("dev.tracing4j.annotations", descriptor(annotations).name());
    ModuleDescriptor coreModule = descriptor(core);
    assertEquals("dev.tracing4j.core", coreModule.name());
    assertTrue(coreModule.exports().stream()
        .filter(export -> export.source().endsWith(".internal"))
        .allMatch(export -> Set.of("dev.tracing4j.runtime", "dev.tracing4j.spring.boot")
            .containsAll(export.targets()) && !export.targets().isEmpty()),
        "internal is exported beyond the runtime and the Spring Boot integration");
    assertEquals(Set.of("dev.tracing4j.runtime.spi.TracingImplementation"), coreModule.uses());
    ModuleDescriptor runtimeModule = descriptor(runtime);
    assertEquals("dev.tracing4j.runtime", runtimeModule.name());
    assertTrue(runtimeModule.requires().stream().anyMatch(requires ->
        requires.name().equals("dev.tracing4j.core")
            && requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)),
        "runtime requires core transitively");
    assertTrue(runtimeModule.provides().stream().anyMatch(provides ->
        provides.service().equals("dev.tracing4j.runtime.spi.TracingImplementation")),
        "runtime provides core's service");
    assertTrue(runtimeModule.exports().stream()
        .noneMatch(export -> export.source().endsWith(".internal")
            || export.source().endsWith(".bootstrap")), "an internal package is exported");
    assertTrue(Collections.disjoint(coreModule.packages(), runtimeModule.packages()),
        "a package is split between core and runtime");

    modules = Files.createDirectories(dir.resolve("modules"));
    Path slf4jProvider = jarOf("tracing4j-slf4j");
    ModuleDescriptor providerModule = descriptor(slf4jProvider);
    assertEquals("dev.tracing4j.slf4j", providerModule.name());
    assertEquals(List.of("org.slf4j.spi.SLF4JServiceProvider"),
        providerModule.provides().stream().map(ModuleDescriptor.Provides::service).toList());
    for (Path jar : List.of(annotations, core, runtime, jarOf("jackson-core"), slf4jProvider,
        jarOf("slf4j-api"))) {
      Files.copy(jar, modules.resolve(jar.getFileName()));
    }
    Path sources = dir.resolve("src");
    Files.createDirectories(sources.resolve("shop/app"));
    Files.writeString(sources.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(sources.resolve("shop/app/Main.java"), MAIN);
    Files.writeString(sources.resolve("shop/app/Orders.java"), ORDERS);
    // The processor jar alone: it carries its JavaPoet inside.
    String processorPath = jarOf("tracing4j-processor").toString();
    app = dir.resolve("app");

    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(diagnostics, true, StandardCharsets.UTF_8);
    int status = ToolProvider.findFirst("javac").orElseThrow().run(out, out,
        "--release", "17", "-Xlint:all,-try", "-Werror", "--module-path", modules.toString(),
        "--processor-path", processorPath, "-d", app.toString(),
        sources.resolve("module-info.java").toString(),
        sources.resolve("shop/app/Main.java").toString(),
        sources.resolve("shop/app/Orders.java").toString());
    assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));
  }

  /** Runs the application from the module path; returns what it wrote to stderr. */
  private static String run(String subscriber) throws IOException, InterruptedException {
    ProgramRun run = ProgramRun.runCommand(null, List.of(ProgramRun.java(),
        "-Dtracing4j.subscriber=" + subscriber,
        "--module-path", app + File.pathSeparator + modules,
        "-m", "shop.app/shop.app.Main"), Map.of());
    assertEquals(0, run.exitCode, run.toString());
    return run.stderr;
  }

  @Test
  void fmtPrintsTheEventInItsSpan() throws Exception {
    assertEquals(List.of("<ts>  INFO place{order.id=42}: shop.app.Main: placed ok=true",
        "<ts>  INFO ship{orderId=7 module=\"shop.app\"}: shop.app.Orders: shipped",
        "<ts>  INFO ship{orderId=7 module=\"shop.app\"}: shop.app.Orders: logged through slf4j"),
        ProgramRun.withoutTimestamps(run("fmt")));
  }

  @Test
  void theProcessorJarCarriesItsJavaPoetRelocated() throws IOException {
    try (JarFile jar = new JarFile(jarOf("tracing4j-processor").toFile())) {
      List<String> entries = jar.stream().map(JarEntry::getName).toList();
      assertTrue(entries.contains("dev/tracing4j/processor/shaded/javapoet/TypeName.class"),
          "no relocated JavaPoet in " + entries);
      assertTrue(entries.stream().noneMatch(name -> name.startsWith("com/palantir/")),
          "JavaPoet left in its own package, where another processor's could clash with it");
    }
  }

  @Test
  void jsonWritesThroughJacksonFromTheModulePath() throws Exception {
    String[] lines = run("json").split("\n");
    assertEquals(3, lines.length, String.join("\n", lines));
    JsonNode event = new ObjectMapper().readTree(lines[0]);
    assertEquals("placed", event.path("fields").path("message").asText());
    assertEquals(42, event.path("span").path("order.id").asLong());
    assertEquals("shop.app.Main", event.path("target").asText());
  }
}
