package dev.tracing4j.spring.boot.shop;

import java.util.concurrent.Executor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/** A small Spring Boot application whose scanned beans have {@code @Instrument} methods. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan
@EnableTransactionManagement
@EnableAsync
public class ShopApplication {

  /** Runs the shop and returns from main, leaving the close to Spring Boot's shutdown hook. */
  public static void main(String[] args) {
    SpringApplication.run(ShopApplication.class, args).getBean(OrderService.class).place(7);
  }

  @Bean
  PlatformTransactionManager transactionManager() {
    return new RecordingTransactionManager();
  }

  @Bean
  Executor taskExecutor() {
    return task -> new Thread(task, "shop-async").start();
  }

  /** User code: a factory method that returns the original is not swapped. */
  @Bean
  Receipts receipts() {
    return new Receipts("R-");
  }
}
