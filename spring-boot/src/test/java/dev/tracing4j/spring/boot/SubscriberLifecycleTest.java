package dev.tracing4j.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.internal.ExitShutdown;
import dev.tracing4j.runtime.spi.Subscriber;
import dev.tracing4j.spring.boot.shop.OrderService;
import dev.tracing4j.spring.boot.shop.ShopApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The subscriber lives as long as the application context, configured from its environment. */
class SubscriberLifecycleTest {

  private static final String ORDER_SERVICE =
      "INFO dev.tracing4j.spring.boot.shop.OrderService: order service created";
  private static final String INVENTORY_CLOSED =
      "INFO dev.tracing4j.spring.boot.shop.Inventory: inventory closed";

  @TempDir
  Path directory;

  private ConfigurableApplicationContext run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--spring.main.banner-mode=off");
    if (all.stream().noneMatch(arg -> arg.startsWith("--tracing4j.output="))) {
      all.add("--tracing4j.output=" + directory.resolve("default.log"));
    }
    return new SpringApplication(ShopApplication.class).run(all.toArray(String[]::new));
  }

  private static List<String> lines(Path file) {
    return Files.exists(file) ? TraceFile.lines(file) : List.of();
  }

  @Test
  void installsBeforeTheBeansAreCreatedAndShutsDownAfterTheyAreDestroyed() {
    Path trace = directory.resolve("trace.log");
    ConfigurableApplicationContext context = run("--tracing4j.output=" + trace);
    Subscriber installed = SharedSubscriber.installed();
    assertSame(installed, Tracing.globalDefault());
    context.getBean(OrderService.class).place(3);
    context.close();

    assertNull(SharedSubscriber.installed());
    assertNotSame(installed, Tracing.globalDefault());
    List<String> lines = lines(trace);
    assertEquals(ORDER_SERVICE, lines.get(0), "the constructor's event is the first line");
    assertEquals(INVENTORY_CLOSED, lines.get(lines.size() - 1),
        "the destroy method's event is written: " + lines);
  }

  @Test
  void applicationPropertiesSetTheKeysAndCommandLineArgumentsOverrideThem() {
    Path quiet = directory.resolve("quiet.log");
    run("--spring.profiles.active=quiet", "--tracing4j.output=" + quiet).close();
    assertEquals(List.of(), lines(quiet), "tracing4j.filter=warn from application-quiet");

    Path loud = directory.resolve("loud.log");
    run("--spring.profiles.active=quiet", "--tracing4j.filter=info",
        "--tracing4j.output=" + loud).close();
    assertTrue(lines(loud).contains(ORDER_SERVICE), lines(loud).toString());
  }

  @Test
  void aBadValueStopsTheStartNamingTheKeyTheValueAndWhereItCameFrom() {
    RuntimeException failure = assertThrows(RuntimeException.class,
        () -> run("--tracing4j.span_events=sometimes"));
    Throwable cause = failure;
    while (!(cause instanceof IllegalStateException && cause.getMessage().startsWith("tracing4j:"))
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    assertTrue(message.contains("tracing4j.span_events \"sometimes\""), message);
    assertTrue(message.contains("new, enter, exit, close"), message);
    assertTrue(message.contains("from commandLineArgs"), message);
    assertNull(SharedSubscriber.installed(), "nothing stays installed after the failed start");
  }

  @Test
  void contextsOpenAtTheSameTimeShareOneSubscriberUntilTheLastCloses() {
    ConfigurableApplicationContext first = run();
    Subscriber installed = SharedSubscriber.installed();
    ConfigurableApplicationContext second = run();
    assertSame(installed, SharedSubscriber.installed());
    first.close();
    assertSame(installed, Tracing.globalDefault(), "still used by the second context");
    second.close();
    assertNull(SharedSubscriber.installed());
  }

  @Test
  void aContextStartedAfterAnotherClosedInstallsItsOwn() {
    ConfigurableApplicationContext first = run();
    Subscriber firstSubscriber = SharedSubscriber.installed();
    first.close();
    ConfigurableApplicationContext second = run();
    try {
      assertNotNull(SharedSubscriber.installed());
      assertNotSame(firstSubscriber, SharedSubscriber.installed());
    } finally {
      second.close();
    }
  }

  @Test
  void noneInstallsNothing() {
    Subscriber before = Tracing.globalDefault();
    try (ConfigurableApplicationContext context = run("--tracing4j.subscriber=none")) {
      assertNull(SharedSubscriber.installed());
      assertSame(before, Tracing.globalDefault());
    }
  }

  @Test
  void theExitShutdownIsLeftToTheContextOnlyWhenSpringBootsHookClosesIt() {
    try (ConfigurableApplicationContext context = run()) {
      assertTrue(ExitShutdown.isTaken(SharedSubscriber.installed()));
    }
    try (ConfigurableApplicationContext context =
        run("--spring.main.register-shutdown-hook=false")) {
      assertFalse(ExitShutdown.isTaken(SharedSubscriber.installed()));
    }
  }

  /**
   * At a normal exit Spring Boot's hook closes the context while tracing4j's hook runs: the
   * events of destroy methods must still reach the file.
   */
  @Test
  void whatDestroyMethodsTraceAtJvmExitIsWritten() throws Exception {
    Path trace = directory.resolve("exit.log");
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ShopApplication.class.getName(),
        "--tracing4j.output=" + trace, "--spring.main.banner-mode=off",
        "--logging.level.root=warn")
        .redirectErrorStream(true)
        .redirectOutput(directory.resolve("exit.out").toFile())
        .start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the application exits by itself");
    assertEquals(0, process.exitValue(), Files.readString(directory.resolve("exit.out")));
    List<String> lines = lines(trace);
    assertTrue(lines.contains("INFO place{orderId=7}: dev.tracing4j.spring.boot.shop.OrderService:"
        + " placed stock=93"), lines.toString());
    assertEquals(INVENTORY_CLOSED, lines.get(lines.size() - 1), lines.toString());
  }
}
