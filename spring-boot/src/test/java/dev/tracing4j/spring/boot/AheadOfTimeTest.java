package dev.tracing4j.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.spring.boot.shop.OrderService;
import dev.tracing4j.spring.boot.shop.Receipts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;

/**
 * Under Spring AOT (and so in a native image) the swap runs at build time: the generated bean
 * registrations create the generated class directly.
 */
@CompileWithForkedClassLoader
class AheadOfTimeTest {

  @Configuration(proxyBeanMethods = false)
  @Import(TracingAutoConfiguration.class)
  @ComponentScan(basePackageClasses = OrderService.class, useDefaultFilters = false,
      includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
          pattern = ".*\\.shop\\.(OrderService|Inventory)"))
  static class Shop {
    @Bean
    Receipts receipts() {
      return new Receipts("A-");
    }
  }

  @TempDir
  Path directory;

  @Test
  void theBuildTimeRegistrationsCreateTheGeneratedClass() {
    System.setProperty("tracing4j.output", directory.resolve("aot.log").toString());
    try {
      AnnotationConfigApplicationContext buildTime = new AnnotationConfigApplicationContext();
      buildTime.register(Shop.class);
      TestGenerationContext generation = new TestGenerationContext();
      ClassName initializerName =
          new ApplicationContextAotGenerator().processAheadOfTime(buildTime, generation);
      generation.writeGeneratedContent();
      assertTrue(RuntimeHintsPredicates.resource().forResource(InstrumentedClassIndex.PATH)
          .test(generation.getRuntimeHints()), "the index is kept in a native image");

      TestCompiler.forSystem().with(generation).compile(compiled -> {
        @SuppressWarnings("unchecked")
        ApplicationContextInitializer<GenericApplicationContext> initializer =
            compiled.getInstance(ApplicationContextInitializer.class, initializerName.toString());
        try (GenericApplicationContext runTime = new GenericApplicationContext()) {
          initializer.initialize(runTime);
          runTime.refresh();
          OrderService orders = runTime.getBean(OrderService.class);
          assertEquals("dev.tracing4j.spring.boot.shop.InstrumentedOrderService",
              orders.getClass().getName());
          assertEquals("A-1 EUR", orders.place(1));
          assertNotNull(SharedSubscriber.installed(), "the subscriber is installed at run time");
        }
      });
    } finally {
      System.clearProperty("tracing4j.output");
    }
  }
}
