package dev.tracing4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One source in, the generated source out, compared with the files under {@code expected/}: they
 * document what users get. Every compilation uses {@code -Xlint:all} and must have no warning.
 */
class GeneratedSourceTest {

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new InstrumentProcessor()).withOptions("-Xlint:all")
        .compile(sources);
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = GeneratedSourceTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(Objects.requireNonNull(in, path).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "{0} gives {1}")
  @CsvSource({
      "com/shop/OrderService.java, com.shop.InstrumentedOrderService",
      "com/shop/Inventory.java, com.shop.InstrumentedInventory",
      "com/shop/Payments.java, com.shop.InstrumentedPayments",
      "com/shop/Cache.java, com.shop.InstrumentedCache",
      "com/shop/Outer.java, com.shop.InstrumentedOuter_Inner",
      "Plain.java, InstrumentedPlain",
  })
  void generatesTheDocumentedSourceWithoutWarnings(String source, String generated)
      throws IOException {
    Compilation compilation = compile(JavaFileObjects.forResource("good/" + source));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(generated).contentsAsUtf8String()
        .isEqualTo(resource("expected/" + generated.replace('.', '/') + ".java"));
  }

  @Test
  void theSameSourcesGiveTheSameBytes() {
    JavaFileObject[] sources = {
        JavaFileObjects.forResource("good/com/shop/OrderService.java"),
        JavaFileObjects.forResource("good/com/shop/Inventory.java"),
        JavaFileObjects.forResource("good/com/shop/Cache.java")};
    List<byte[]> first = generatedBytes(compile(sources));
    List<byte[]> second = generatedBytes(compile(sources));
    assertEquals(3, first.size());
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(first.get(i), second.get(i));
    }
  }

  private static List<byte[]> generatedBytes(Compilation compilation) {
    return compilation.generatedSourceFiles().stream()
        .sorted(java.util.Comparator.comparing(JavaFileObject::getName))
        .map(file -> {
          try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        })
        .toList();
  }

  @Test
  void aSealedTypeThatPermitsTheGeneratedClassGetsANonSealedOne() {
    Compilation compilation = compile(
        JavaFileObjects.forSourceLines("com.shop.Shipping",
            "package com.shop;",
            "import dev.tracing4j.Instrument;",
            "public sealed class Shipping permits Express, InstrumentedShipping {",
            "  @Instrument public long quote(long grams) { return grams / 10; }",
            "}",
            "final class Express extends Shipping {}"),
        JavaFileObjects.forSourceLines("com.shop.Ledger",
            "package com.shop;",
            "import dev.tracing4j.Instrument;",
            "public sealed interface Ledger permits InstrumentedLedger {",
            "  @Instrument long balance(String account);",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.shop.InstrumentedShipping")
        .contentsAsUtf8String()
        .contains("public non-sealed class InstrumentedShipping extends Shipping {");
    assertThat(compilation).generatedSourceFile("com.shop.InstrumentedLedger")
        .contentsAsUtf8String()
        .contains("public non-sealed class InstrumentedLedger implements Ledger {");
  }

  @Test
  void overridesKeepOnlyTheAccessModifier() {
    JavaFileObject source = JavaFileObjects.forSourceLines("com.shop.Counter",
        "package com.shop;",
        "import dev.tracing4j.Instrument;",
        "public class Counter {",
        "  private long count;",
        "  @Instrument protected synchronized long increment() { return ++count; }",
        "  @Instrument public strictfp double half(double value) { return value / 2; }",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      assertEquals(source, warning.getSource(), "only the user's own strictfp warns: " + warning);
    }
    assertThat(compilation).generatedSourceFile("com.shop.InstrumentedCounter")
        .contentsAsUtf8String().contains("  protected long increment() {");
    assertThat(compilation).generatedSourceFile("com.shop.InstrumentedCounter")
        .contentsAsUtf8String().contains("  public double half(double value) {");
  }

  @Test
  void aDecoratorKeepsTheIdentityOfObjectButDelegatesToString() throws IOException {
    Compilation compilation = compile(JavaFileObjects.forSourceLines("com.shop.Pricing",
        "package com.shop;",
        "import dev.tracing4j.Instrument;",
        "public interface Pricing {",
        "  @Instrument long price(String sku);",
        "  @Override boolean equals(Object other);",
        "  @Override int hashCode();",
        "  @Override String toString();",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String generated = compilation.generatedSourceFile("com.shop.InstrumentedPricing").orElseThrow()
        .getCharContent(true).toString();
    assertFalse(generated.contains("equals("), generated);
    assertFalse(generated.contains("hashCode("), generated);
    assertTrue(generated.contains("  public String toString() {\n    return this.delegate.toString();"),
        generated);
  }

  @Test
  void nestedTypesNamedLikeRuntimeTypesDoNotShadowThem() {
    Compilation compilation = compile(
        JavaFileObjects.forSourceLines("com.shop.Base",
            "package com.shop;",
            "public class Base {",
            "  public static class Level {}",
            "}"),
        JavaFileObjects.forSourceLines("com.shop.Stage",
            "package com.shop;",
            "import dev.tracing4j.Instrument;",
            "public class Stage extends Base {",
            "  public static class Span {}",
            "  public interface Scope {}",
            "  @Instrument(ret = true, err = true)",
            "  public Span open(Span span, Scope scope, Level level) { return span; }",
            "  public interface Lights {",
            "    class MethodSite {}",
            "    @Instrument MethodSite dim(MethodSite site);",
            "  }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.shop.InstrumentedStage")
        .contentsAsUtf8String().contains("    dev.tracing4j.runtime.Span span_ = OPEN.spanBuilder()");
  }

  @Test
  void deprecatedOriginalsGiveNoWarning() {
    Compilation compilation = compile(
        JavaFileObjects.forSourceLines("com.shop.Legacy",
            "package com.shop;",
            "import dev.tracing4j.Instrument;",
            "@Deprecated(since = \"2\", forRemoval = true)",
            "public class Legacy {",
            "  @Deprecated public Legacy() {}",
            "  @Deprecated(forRemoval = true) @SuppressWarnings(\"unused\") public Legacy(int size) {}",
            "  @Deprecated @Instrument public void old() {}",
            "  @Deprecated(forRemoval = true) @Instrument public void gone() {}",
            "}"),
        JavaFileObjects.forSourceLines("com.shop.Feed",
            "package com.shop;",
            "import dev.tracing4j.Instrument;",
            "public interface Feed {",
            "  @Instrument void poll();",
            "  @Deprecated void legacyPoll();",
            "  @Deprecated(forRemoval = true) default void drop() {}",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.shop.InstrumentedFeed").contentsAsUtf8String()
        .contains("  @Override\n  @Deprecated\n  public void legacyPoll() {");
  }

  /** Generates {@code com.shop.Receipt} in the first round, as another processor might. */
  private static final class ReceiptProcessor extends AbstractProcessor {
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
        try (Writer out = processingEnv.getFiler().createSourceFile("com.shop.Receipt")
            .openWriter()) {
          out.write("package com.shop;\npublic record Receipt(long id) {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void aTypeUsingATypeThatAnotherProcessorGeneratesWaitsForIt() {
    Compilation compilation = javac()
        .withProcessors(new ReceiptProcessor(), new InstrumentProcessor())
        .withOptions("-Xlint:all")
        .compile(JavaFileObjects.forSourceLines("com.shop.Checkout",
            "package com.shop;",
            "import dev.tracing4j.Instrument;",
            "public class Checkout {",
            "  @Instrument(fields = \"receipt.id = receipt.id()\", skip = \"receipt\")",
            "  public Receipt pay(Receipt receipt) { return receipt; }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.shop.InstrumentedCheckout")
        .contentsAsUtf8String().contains("  public Receipt pay(Receipt receipt) {");
  }

  @Test
  void everyPathFieldCatchesItsFailureUnderTheSameName() throws IOException {
    Compilation compilation = compile(JavaFileObjects.forSourceLines("com.shop.Shelf",
        "package com.shop;",
        "import dev.tracing4j.Instrument;",
        "public class Shelf {",
        "  public record Item(String sku, Item next) {}",
        "  @Instrument(skipAll = true,",
        "      fields = {\"sku = item.sku()\", \"next.sku = item.next().sku()\", \"e = item.sku()\"})",
        "  public void stock(Item item) {}",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String generated = compilation.generatedSourceFile("com.shop.InstrumentedShelf").orElseThrow()
        .getCharContent(true).toString();
    assertEquals(3, generated.split("catch \\(RuntimeException e\\)", -1).length - 1, generated);
    assertTrue(generated.contains("e_ = STOCK.fieldFailed(\"e\", e);"), generated);
  }

  @Test
  void typesWithErrorsDoNotStopTheOthers() {
    Compilation compilation = compile(
        JavaFileObjects.forResource("good/com/shop/Inventory.java"),
        JavaFileObjects.forSourceLines("com.shop.Broken",
            "package com.shop;",
            "import dev.tracing4j.Instrument;",
            "public class Broken {",
            "  @Instrument public final void run() {}",
            "}"),
        // Compiles only if InstrumentedInventory was generated despite Broken's error.
        JavaFileObjects.forSourceLines("com.shop.UsesInventory",
            "package com.shop;",
            "class UsesInventory {",
            "  Inventory inventory = new InstrumentedInventory(null);",
            "}"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("final method 'run'");
  }


  @Test
  void isRegisteredForJavacDiscovery() throws IOException {
    assertEquals(InstrumentProcessor.class.getName(),
        resource("META-INF/services/javax.annotation.processing.Processor").trim());
  }
}
