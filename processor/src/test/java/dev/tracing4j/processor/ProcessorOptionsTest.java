package dev.tracing4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The {@code -A} options, and what the processor declares to Gradle's incremental compilation:
 * aggregating while it writes the index (one file from every instrumented type), isolating
 * without it.
 */
class ProcessorOptionsTest {

  private static final JavaFileObject INVENTORY =
      JavaFileObjects.forResource("good/com/shop/Inventory.java");

  private static Compilation compile(InstrumentProcessor processor, String... options) {
    return javac().withProcessors(processor).withOptions((Object[]) options).compile(INVENTORY);
  }

  @Test
  void declaresItselfDynamicToGradle() throws IOException {
    try (InputStream in = Objects.requireNonNull(getClass().getClassLoader()
        .getResourceAsStream("META-INF/gradle/incremental.annotation.processors"))) {
      assertEquals("dev.tracing4j.processor.InstrumentProcessor,dynamic",
          new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
    }
  }

  @Test
  void isAggregatingForGradleByDefault() {
    InstrumentProcessor processor = new InstrumentProcessor();
    assertThat(compile(processor, "-Xlint:all")).succeededWithoutWarnings();
    assertTrue(processor.getSupportedOptions()
        .contains("org.gradle.annotation.processing.aggregating"), processor.getSupportedOptions()
        .toString());
  }

  @Test
  void isIsolatingForGradleWithoutTheIndex() {
    InstrumentProcessor processor = new InstrumentProcessor();
    assertThat(compile(processor, "-Xlint:all", "-Atracing4j.index=false"))
        .succeededWithoutWarnings();
    assertTrue(processor.getSupportedOptions()
        .contains("org.gradle.annotation.processing.isolating"), processor.getSupportedOptions()
        .toString());
  }

  @Test
  void writesNoIndexWhenAskedNotTo() {
    Compilation compilation =
        compile(new InstrumentProcessor(), "-Xlint:all", "-Atracing4j.index=false");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.shop.InstrumentedInventory");
    assertTrue(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        InstrumentedIndex.PATH).isEmpty());
  }

  @Test
  void anOptionThatIsNotABooleanIsAnError() {
    Compilation compilation = compile(new InstrumentProcessor(), "-Atracing4j.index=yes");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertEquals("The processor option -Atracing4j.index=yes is not a boolean: write"
            + " -Atracing4j.index=true or -Atracing4j.index=false.",
        compilation.errors().get(0).getMessage(Locale.ROOT));
  }
}
