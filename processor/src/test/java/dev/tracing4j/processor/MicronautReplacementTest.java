package dev.tracing4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code -Atracing4j.micronaut=true}: generated subclasses replace their original's Micronaut
 * bean. Micronaut and jakarta.inject are stubbed by sources of the same names.
 */
class MicronautReplacementTest {

  private static final List<JavaFileObject> STUBS = List.of(
      JavaFileObjects.forSourceLines("io.micronaut.context.annotation.Replaces",
          "package io.micronaut.context.annotation;",
          "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
          "public @interface Replaces { Class<?> value() default void.class; }"),
      JavaFileObjects.forSourceLines("jakarta.inject.Scope",
          "package jakarta.inject;",
          "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
          "public @interface Scope {}"),
      JavaFileObjects.forSourceLines("jakarta.inject.Qualifier",
          "package jakarta.inject;",
          "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
          "public @interface Qualifier {}"),
      JavaFileObjects.forSourceLines("jakarta.inject.Singleton",
          "package jakarta.inject;",
          "@Scope",
          "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
          "public @interface Singleton {}"),
      JavaFileObjects.forSourceLines("jakarta.inject.Named",
          "package jakarta.inject;",
          "@Qualifier",
          "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
          "public @interface Named { String value(); }"));

  private static Compilation compileWithStubs(JavaFileObject source) {
    List<JavaFileObject> sources = new ArrayList<>(STUBS);
    sources.add(source);
    // Micronaut's own processor claims its annotations; without it, -Xlint:processing would warn.
    return javac().withProcessors(new InstrumentProcessor())
        .withOptions("-Xlint:all,-processing", "-Atracing4j.micronaut=true")
        .compile(sources);
  }

  private static String generated(Compilation compilation, String name) throws IOException {
    return compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
  }

  @Test
  void aSubclassReplacesItsOriginalWithItsScopeAndQualifiers() throws IOException {
    Compilation compilation = compileWithStubs(JavaFileObjects.forSourceLines(
        "com.shop.OrderService",
        "package com.shop;",
        "import dev.tracing4j.Instrument;",
        "@jakarta.inject.Singleton",
        "@jakarta.inject.Named(\"primary\")",
        "@SuppressWarnings(\"unused\")",
        "public class OrderService {",
        "  @Instrument public void place(long orderId) {}",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.shop.InstrumentedOrderService")
        .contentsAsUtf8String().contains("""
            @Generated("dev.tracing4j.processor.InstrumentProcessor")
            @Replaces(OrderService.class)
            @Singleton
            @Named("primary")
            public class InstrumentedOrderService extends OrderService {
            """);
  }

  @Test
  void anInterfacesDecoratorReplacesNothing() throws IOException {
    Compilation compilation = compileWithStubs(JavaFileObjects.forResource(
        "good/com/shop/Inventory.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertFalse(generated(compilation, "com.shop.InstrumentedInventory").contains("@Replaces"));
  }

  @Test
  void anAbstractClassesSubclassReplacesNothing() throws IOException {
    Compilation compilation = compileWithStubs(JavaFileObjects.forSourceLines("com.shop.Job",
        "package com.shop;",
        "import dev.tracing4j.Instrument;",
        "@jakarta.inject.Singleton",
        "public abstract class Job {",
        "  @Instrument public void run() {}",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertFalse(generated(compilation, "com.shop.InstrumentedJob").contains("@Replaces"));
  }

  @Test
  void theOptionWithoutMicronautOnTheClassPathIsAnError() {
    Compilation compilation = javac().withProcessors(new InstrumentProcessor())
        .withOptions("-Atracing4j.micronaut=true")
        .compile(JavaFileObjects.forResource("good/com/shop/Inventory.java"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertEquals("The processor option -Atracing4j.micronaut=true needs"
            + " io.micronaut.context.annotation.Replaces, which this compilation cannot see. Add"
            + " io.micronaut:micronaut-inject to the compile class path, or remove the option.",
        compilation.errors().get(0).getMessage(Locale.ROOT));
  }
}
