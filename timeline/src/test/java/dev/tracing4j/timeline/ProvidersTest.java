package dev.tracing4j.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.runtime.config.ConfigurationException;
import dev.tracing4j.runtime.config.TracingConfig;
import dev.tracing4j.runtime.registry.Registry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tracing4j.subscriber=timeline and summary, found by name through ServiceLoader. */
class ProvidersTest {
  @TempDir Path dir;

  @Test
  void timelineAndSummaryAreLayerNames() {
    Path page = dir.resolve("run.html");
    TracingConfig config = TracingConfig.from(Map.of("tracing4j.subscriber", "fmt,timeline,summary",
        "tracing4j.timeline.output", page.toString()), Map.of());
    Registry registry = (Registry) config.createSubscriber();
    try {
      assertEquals(3, registry.layers().size());
      assertInstanceOf(TimelineLayer.class, registry.layers().get(1));
      assertInstanceOf(SummaryLayer.class, registry.layers().get(2));
      assertEquals("stderr", config.layers().get(2).output().toString());
    } finally {
      registry.shutdown();
    }
    assertTrue(Files.exists(page));
  }

  @Test
  void theTimelinesDefaultFileIsTimelineDashPidDotHtml() {
    TracingConfig config = TracingConfig.from(
        Map.of("tracing4j.subscriber", "fmt,timeline"), Map.of());
    assertEquals("timeline-" + ProcessHandle.current().pid() + ".html",
        config.layers().get(1).output().toString());
    assertEquals(TimelineLayer.defaultPath(), new TimelineProvider().defaultOutput().path());
  }

  @Test
  void aCapThatIsNotAPositiveWholeNumberIsAConfigurationErrorNamingTheKey() {
    for (String bad : List.of("0", "-3", "lots", "1e5")) {
      TracingConfig config = TracingConfig.from(Map.of("tracing4j.subscriber", "timeline",
          "tracing4j.timeline.cap", bad, "tracing4j.output", dir.resolve("t.html").toString()),
          Map.of());
      ConfigurationException error =
          assertThrows(ConfigurationException.class, config::createSubscriber);
      assertTrue(error.getMessage().contains("tracing4j.timeline.cap"), error.getMessage());
      assertTrue(error.getMessage().contains(bad), error.getMessage());
      assertTrue(error.getMessage().contains("a whole number from 1 to 2147483647"),
          error.getMessage());
    }
  }
}
