package dev.tracing4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code META-INF/tracing4j/instrumented.index}: one {@code original generated} line per type. */
class InstrumentedIndexTest {

  private static final String INDEX = "META-INF/tracing4j/instrumented.index";

  private static final JavaFileObject INVOICES = JavaFileObjects.forSourceLines(
      "com.billing.Invoices",
      "package com.billing;",
      "import dev.tracing4j.Instrument;",
      "public class Invoices {",
      "  @Instrument public long total(long invoiceId) { return invoiceId; }",
      "}");

  private static String index(Compilation compilation) throws IOException {
    JavaFileObject file =
        compilation.generatedFile(StandardLocation.CLASS_OUTPUT, INDEX).orElseThrow();
    return file.getCharContent(true).toString();
  }

  private static byte[] indexBytes(Compilation compilation) throws IOException {
    try (InputStream in = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, INDEX)
        .orElseThrow().openInputStream()) {
      return in.readAllBytes();
    }
  }

  @Test
  void listsEveryGeneratedClassByBinaryNameSortedByTheOriginal() throws IOException {
    Compilation compilation = GeneratedSourceTest.compile(
        JavaFileObjects.forResource("good/com/shop/Outer.java"),
        INVOICES,
        JavaFileObjects.forResource("good/com/shop/Inventory.java"),
        JavaFileObjects.forResource("good/Plain.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("""
        Plain InstrumentedPlain
        com.billing.Invoices com.billing.InstrumentedInvoices
        com.shop.Inventory com.shop.InstrumentedInventory
        com.shop.Outer$Inner com.shop.InstrumentedOuter_Inner
        """, index(compilation));
  }

  @Test
  void theSameSourcesGiveTheSameBytes() throws IOException {
    JavaFileObject[] sources = {
        JavaFileObjects.forResource("good/com/shop/Outer.java"),
        INVOICES,
        JavaFileObjects.forResource("good/com/shop/Inventory.java")};
    assertArrayEquals(indexBytes(GeneratedSourceTest.compile(sources)),
        indexBytes(GeneratedSourceTest.compile(sources)));
  }

  @Test
  void aCompilationWithoutInstrumentedTypesWritesNoIndex() {
    Compilation compilation = GeneratedSourceTest.compile(JavaFileObjects.forSourceLines(
        "com.shop.Plain",
        "package com.shop;",
        "public class Plain {",
        "  public void run() {}",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, INDEX).isEmpty());
  }

  /** The processor also runs for {@code @Generated}, to claim it; that alone writes nothing. */
  @Test
  void aCompilationWithOnlyAnotherProcessorsGeneratedTypesWritesNoIndex() {
    Compilation compilation = GeneratedSourceTest.compile(JavaFileObjects.forSourceLines(
        "com.shop.Mapper",
        "package com.shop;",
        "@javax.annotation.processing.Generated(\"com.example.MapperProcessor\")",
        "public class Mapper {}"));
    assertThat(compilation).succeeded();
    assertTrue(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, INDEX).isEmpty());
  }

  /** compile-testing keeps no file of a failed compilation: these two compile into a directory. */
  @Test
  void aTypeWithErrorsIsLeftOutAndTheOthersAreListed(@TempDir Path dir) throws IOException {
    assertEquals(1, compile(dir, List.of(), List.of(), List.of(
        JavaFileObjects.forResource("good/com/shop/Inventory.java"),
        JavaFileObjects.forSourceLines("com.shop.Broken",
            "package com.shop;",
            "import dev.tracing4j.Instrument;",
            "public class Broken {",
            "  @Instrument public final void run() {}",
            "}"))).size());
    assertEquals("com.shop.Inventory com.shop.InstrumentedInventory\n",
        Files.readString(dir.resolve(INDEX), StandardCharsets.UTF_8));
  }

  @Test
  void aTypeWhoseGeneratedNameIsTakenIsLeftOut(@TempDir Path dir) throws IOException {
    assertEquals(1, compile(dir, List.of(), List.of(), List.of(
        JavaFileObjects.forResource("good/com/shop/Inventory.java"),
        INVOICES,
        JavaFileObjects.forSourceLines("com.billing.InstrumentedInvoices",
            "package com.billing;",
            "public class InstrumentedInvoices {}"))).size());
    assertEquals("com.shop.Inventory com.shop.InstrumentedInventory\n",
        Files.readString(dir.resolve(INDEX), StandardCharsets.UTF_8));
  }

  /**
   * Generates, in the first round, {@code com.shop.Receipt} and {@code com.shop.Refunds}, whose
   * {@code @Instrument} method is processed in the second round.
   */
  private static final class RefundsProcessor extends AbstractProcessor {
    private boolean generated;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!generated) {
        generated = true;
        write("com.shop.Receipt", "package com.shop;\npublic record Receipt(long id) {}\n");
        write("com.shop.Refunds", "package com.shop;\npublic class Refunds {\n"
            + "  @dev.tracing4j.Instrument public void refund(long orderId) {}\n}\n");
      }
      return false;
    }

    private void write(String name, String source) {
      try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        out.write(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void listsTheClassesGeneratedInEveryRound() throws IOException {
    Compilation compilation = javac()
        .withProcessors(new RefundsProcessor(), new InstrumentProcessor())
        .withOptions("-Xlint:all")
        .compile(
            JavaFileObjects.forResource("good/com/shop/Inventory.java"),
            // Waits for Receipt, generated in the first round: written in the second.
            JavaFileObjects.forSourceLines("com.shop.Checkout",
                "package com.shop;",
                "import dev.tracing4j.Instrument;",
                "public class Checkout {",
                "  @Instrument(skip = \"receipt\")",
                "  public Receipt pay(Receipt receipt) { return receipt; }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("""
        com.shop.Checkout com.shop.InstrumentedCheckout
        com.shop.Inventory com.shop.InstrumentedInventory
        com.shop.Refunds com.shop.InstrumentedRefunds
        """, index(compilation));
  }

  /**
   * Gradle's incremental compilation of an aggregating processor compiles the changed sources and
   * hands the processor the unchanged annotated types as class files: the index lists them all.
   */
  @Test
  void listsTheTypesReprocessedFromClassFiles(@TempDir Path dir) throws IOException {
    Path unchanged = Files.createDirectories(dir.resolve("unchanged"));
    Path recompiled = Files.createDirectories(dir.resolve("recompiled"));
    assertEquals(List.of(), compile(unchanged, List.of(), List.of(),
        List.of(JavaFileObjects.forResource("good/com/shop/Inventory.java"), INVOICES)));
    assertEquals(List.of(), compile(recompiled, List.of(unchanged.toFile()),
        List.of("com.shop.Inventory", "com.billing.Invoices"),
        List.of(JavaFileObjects.forResource("good/com/shop/Outer.java"))));
    assertEquals("""
        com.billing.Invoices com.billing.InstrumentedInvoices
        com.shop.Inventory com.shop.InstrumentedInventory
        com.shop.Outer$Inner com.shop.InstrumentedOuter_Inner
        """, Files.readString(recompiled.resolve(INDEX), StandardCharsets.UTF_8));
  }

  /**
   * Compiles {@code sources} into {@code output} with the test class path and {@code extraPath},
   * processing {@code classes} from their class files as well; returns the errors.
   */
  private static List<String> compile(Path output, List<File> extraPath, List<String> classes,
      List<JavaFileObject> sources) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
      List<File> classPath = new ArrayList<>(extraPath);
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        classPath.add(new File(entry));
      }
      files.setLocation(StandardLocation.CLASS_PATH, classPath);
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(output));
      // Without -parameters, parameters of class files have no names (Gradle's docs say so too).
      JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics,
          List.of("-parameters"), classes, sources);
      task.setProcessors(List.of(new InstrumentProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
        .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
        .toList();
  }
}
