package dev.tracing4j.runtime.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracing4j.Level;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.chrome.ChromeLayer;
import dev.tracing4j.runtime.output.Output;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobalDefaultTest {

  private static final Tracer log = Tracer.of("com.shop.Replaced");

  @TempDir
  Path dir;

  @AfterEach
  void uninstall() {
    Tracing.setGlobalDefault(Registry.builder().build());
  }

  /** Counts flushes and shutdowns. */
  private static final class LifecycleLayer implements Layer {
    final AtomicInteger flushes = new AtomicInteger();
    final AtomicInteger shutdowns = new AtomicInteger();

    @Override
    public void flush() {
      flushes.incrementAndGet();
    }

    @Override
    public void shutdown() {
      shutdowns.incrementAndGet();
    }
  }

  @Test
  void aReplacedChromeSubscriberLeavesACompleteTraceFile() throws Exception {
    Path file = dir.resolve("replaced.json");
    Tracing.setGlobalDefault(Registry.builder()
        .with(ChromeLayer.builder().output(Output.file(file)).build()).build());
    Span span = log.span(Level.INFO, "before-replacement").start();
    span.enter().close();
    span.close();

    Tracing.setGlobalDefault(Registry.builder().build());

    JsonNode root = new ObjectMapper().readTree(file.toFile()); // fails unless the file is closed
    List<String> names = new ArrayList<>();
    root.get("traceEvents").forEach(event -> names.add(event.path("name").asText()));
    assertTrue(names.contains("before-replacement"), names.toString());
  }

  @Test
  void theReplacedSubscriberIsShutDownOnceAndTheNewOneIsNot() {
    LifecycleLayer first = new LifecycleLayer();
    LifecycleLayer second = new LifecycleLayer();
    Registry registry = Registry.builder().with(second).build();
    Tracing.setGlobalDefault(Registry.builder().with(first).build());
    Tracing.setGlobalDefault(registry);
    Tracing.setGlobalDefault(registry); // the same one again replaces nothing

    assertEquals(1, first.shutdowns.get());
    assertEquals(0, second.shutdowns.get());
  }

  @Test
  void aReplacedSubscriberThatIsStillAThreadsScopedDefaultIsOnlyFlushed() {
    LifecycleLayer layer = new LifecycleLayer();
    Registry registry = Registry.builder().with(layer).build();
    Tracing.setGlobalDefault(registry);
    Tracing.withDefault(registry, () -> Tracing.setGlobalDefault(Registry.builder().build()));

    assertEquals(0, layer.shutdowns.get());
    assertEquals(1, layer.flushes.get());
  }
}
