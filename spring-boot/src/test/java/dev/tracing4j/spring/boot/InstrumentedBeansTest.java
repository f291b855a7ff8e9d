package dev.tracing4j.spring.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.spring.boot.shop.OrderService;
import dev.tracing4j.spring.boot.shop.Payments;
import dev.tracing4j.spring.boot.shop.Receipts;
import dev.tracing4j.spring.boot.shop.RecordingTransactionManager;
import dev.tracing4j.spring.boot.shop.ShopApplication;
import dev.tracing4j.spring.boot.shop.Warehouse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Scanned beans of a real Spring Boot application are created as their generated classes. */
class InstrumentedBeansTest {

  @TempDir
  static Path directory;
  private static Path trace;
  private static ConfigurableApplicationContext context;

  @BeforeAll
  static void start() {
    trace = directory.resolve("trace.log");
    SpringApplication application = new SpringApplication(ShopApplication.class);
    application.setRegisterShutdownHook(false);
    context = application.run("--tracing4j.output=" + trace, "--shop.currency=CHF",
        "--spring.main.banner-mode=off");
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  private static List<String> traced() {
    Tracing.flush();
    return TraceFile.lines(trace);
  }

  @Test
  void aScannedServiceIsCreatedAsItsGeneratedClass() {
    assertEquals("dev.tracing4j.spring.boot.shop.InstrumentedOrderService",
        context.getBean(OrderService.class).getClass().getName());
  }

  @Test
  void aPackagePrivateAndANestedComponentAreSwappedToo() {
    assertEquals("dev.tracing4j.spring.boot.shop.InstrumentedInventory",
        context.getBean("inventory").getClass().getName());
    assertEquals("dev.tracing4j.spring.boot.shop.InstrumentedWarehouse_Shelf",
        context.getBean(Warehouse.Shelf.class).getClass().getName());
  }

  @Test
  void theSwappedBeanKeepsItsNameAndStaysTheOnlyBeanOfItsType() {
    assertArrayEquals(new String[] {"orderService"},
        context.getBeanNamesForType(OrderService.class));
    assertArrayEquals(new String[] {"warehouse.Shelf"},
        context.getBeanNamesForType(Warehouse.Shelf.class));
  }

  @Test
  void constructorValueAndFieldInjectionStillWorkAndTheCallIsTraced() {
    assertEquals("R-42 CHF", context.getBean(OrderService.class).place(42));
    List<String> lines = traced();
    assertTrue(lines.contains("INFO place{orderId=42}: dev.tracing4j.spring.boot.shop.OrderService:"
        + " placed stock=58"), lines.toString());
  }

  @Test
  void aBeanFactoryMethodIsTheUsersCodeAndIsNotSwapped() {
    assertSame(Receipts.class, context.getBean(Receipts.class).getClass());
  }

  @Test
  void theTransactionalProxyWrapsTheGeneratedClass() {
    Payments payments = context.getBean(Payments.class);
    assertTrue(AopUtils.isAopProxy(payments), payments.getClass().getName());
    assertEquals("dev.tracing4j.spring.boot.shop.InstrumentedPayments",
        AopUtils.getTargetClass(payments).getName());
    RecordingTransactionManager transactions =
        context.getBean(RecordingTransactionManager.class);
    transactions.calls.clear();

    assertTrue(payments.charge(5), "ran inside the transaction");

    assertEquals(List.of("begin dev.tracing4j.spring.boot.shop.InstrumentedPayments.charge",
        "commit"), transactions.calls);
    List<String> lines = traced();
    assertTrue(lines.contains("INFO charge{orderId=5}: dev.tracing4j.spring.boot.shop.Payments:"
        + " charged transaction=true"), lines.toString());
  }

  @Test
  void theAsyncProxyRunsTheTracedMethodOnItsExecutor() throws Exception {
    String thread = context.getBean(Payments.class).notify(6).get(10, TimeUnit.SECONDS);
    assertEquals("shop-async", thread);
    List<String> lines = traced();
    assertTrue(lines.contains("INFO notify{orderId=6}: dev.tracing4j.spring.boot.shop.Payments:"
        + " notified"), lines.toString());
  }
}
