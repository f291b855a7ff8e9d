package dev.tracing4j.spring.boot;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.context.annotation.Role;

/**
 * tracing4j for Spring Boot: beans whose class has {@code @Instrument} methods are created as
 * their generated {@code Instrumented*} class, and the subscriber configured with the {@code
 * tracing4j.*} keys (also from {@code application.properties}) is installed when the context
 * starts and shut down when it closes. Adding the jar is all it takes:
 *
 * <pre>{@code
 * @Service
 * public class OrderService {
 *   @Instrument
 *   public Receipt place(long orderId) { ... }   // traced; injected as OrderService
 * }
 * }</pre>
 *
 * <p>Leave it out with {@code spring.autoconfigure.exclude}.
 */
@AutoConfiguration
@ImportRuntimeHints(InstrumentedIndexHints.class)
public final class TracingAutoConfiguration {

  /** For Spring. */
  public TracingAutoConfiguration() {}

  /** Static, as a factory post-processor must be: it runs before the configuration exists. */
  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static InstrumentedBeanClasses tracing4jInstrumentedBeanClasses() {
    return new InstrumentedBeanClasses();
  }

  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static SubscriberLifecycle tracing4jSubscriberLifecycle() {
    return new SubscriberLifecycle();
  }
}
