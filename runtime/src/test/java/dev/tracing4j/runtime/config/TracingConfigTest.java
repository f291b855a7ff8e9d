package dev.tracing4j.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.runtime.format.SpanEvents;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.output.Overflow;
import dev.tracing4j.runtime.registry.Registry;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TracingConfigTest {

  private static TracingConfig config(Map<String, String> properties, Map<String, String> env) {
    return TracingConfig.from(properties, env);
  }

  @Test
  void defaultsWhenNothingIsSet() {
    TracingConfig config = config(Map.of(), Map.of());
    assertFalse(config.subscriberConfigured());
    assertEquals("fmt", config.subscriberName());
    assertEquals("info", config.filter().toString());
    assertEquals(SpanEvents.NONE, config.spanEvents());
    assertEquals("stderr", config.output(Output.stderr()).toString());
    assertEquals(Overflow.BLOCK, config.overflow());
  }

  @Test
  void aSystemPropertyWinsOverTheEnvironment() {
    TracingConfig config = config(
        Map.of("tracing4j.filter", "debug"),
        Map.of("TRACING4J_FILTER", "warn", "TRACING4J_SPAN_EVENTS", "close",
            "TRACING4J_SUBSCRIBER", "none"));
    assertEquals("debug", config.filter().toString());
    assertEquals(SpanEvents.parse("close"), config.spanEvents());
    assertTrue(config.subscriberConfigured());
    assertNull(config.createSubscriber(), "none records nothing");
  }

  @Test
  void blankValuesCountAsUnset() {
    TracingConfig config = config(Map.of("tracing4j.filter", " "), Map.of("TRACING4J_SUBSCRIBER", ""));
    assertFalse(config.subscriberConfigured());
    assertEquals("info", config.filter().toString());
  }

  @Test
  void anUnknownSubscriberNamesTheKeyTheValueAndTheAcceptedForms() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> config(Map.of(), Map.of("TRACING4J_SUBSCRIBER", "xml")));
    assertEquals("invalid tracing4j.subscriber \"xml\" (environment variable TRACING4J_SUBSCRIBER):"
        + " expected fmt, json, chrome, none, or the name of a SubscriberProvider on the class path"
        + " (found: test-provider)", e.getMessage());
    assertEquals("tracing4j.subscriber", e.key());
    assertEquals("xml", e.value());
  }

  @Test
  void aProviderFoundWithServiceLoaderIsSelectedByName() {
    TracingConfig config = config(Map.of("tracing4j.subscriber", "test-provider"), Map.of());
    assertTrue(config.createSubscriber() instanceof Registry);
  }

  @Test
  void aMalformedFilterShowsTheDirectiveAndThePosition() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> config(Map.of("tracing4j.filter", "info,com.shop=loud"), Map.of()));
    String[] lines = e.getMessage().split(System.lineSeparator());
    assertEquals("invalid tracing4j.filter \"info,com.shop=loud\" (system property tracing4j.filter):"
        + " invalid filter directive \"com.shop=loud\" at position 14: unknown level 'loud';"
        + " expected off, error, warn, info, debug or trace", lines[0]);
    assertEquals("  info,com.shop=loud", lines[1]);
    assertEquals("                ^", lines[2]);
  }

  @Test
  void badSpanEventsNameTheAcceptedForms() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> config(Map.of(), Map.of("TRACING4J_SPAN_EVENTS", "close,begin")));
    assertEquals("invalid tracing4j.span_events \"close,begin\" (environment variable"
        + " TRACING4J_SPAN_EVENTS): unknown span event 'begin'; expected a comma-separated list of"
        + " new, enter, exit, close, or one of none, active, full", e.getMessage());
  }

  @Test
  void anOutputThatCannotBeOpenedIsAConfigurationError(@TempDir Path dir) throws Exception {
    Path blocker = dir.resolve("file");
    java.nio.file.Files.writeString(blocker, "not a directory");
    String path = blocker.resolve("trace.log").toString();
    assertEquals("invalid tracing4j.output \"" + path + "\" (system property tracing4j.output):"
        + " cannot open " + path + " for writing: " + blocker + " exists and is not a directory;"
        + " expected stderr, stdout or a writable file path", outputError(path));
    assertEquals("invalid tracing4j.output \"" + dir + "\" (system property tracing4j.output):"
        + " cannot open " + dir + " for writing: Is a directory;"
        + " expected stderr, stdout or a writable file path", outputError(dir.toString()));
  }

  private String outputError(String output) {
    TracingConfig config = config(Map.of("tracing4j.output", output), Map.of());
    return assertThrows(ConfigurationException.class, config::createSubscriber).getMessage();
  }

  @Test
  void aFileOutputIsParsedAsAPath() {
    TracingConfig config = config(Map.of("tracing4j.output", "logs/app.log"), Map.of());
    assertEquals(Path.of("logs/app.log"), config.output(Output.stderr()).path());
  }

  @Test
  void theOverflowPolicyIsReadInAnyCase() {
    assertEquals(Overflow.DROP, config(Map.of(), Map.of("TRACING4J_OVERFLOW", "drop")).overflow());
    assertEquals(Overflow.BLOCK, config(Map.of("tracing4j.overflow", "Block"),
        Map.of("TRACING4J_OVERFLOW", "drop")).overflow());
  }

  @Test
  void everyBuiltInSubscriberWritesWithTheConfiguredOverflowPolicy(@TempDir Path dir) {
    for (String name : new String[] {"fmt", "json", "chrome"}) {
      Registry registry = (Registry) config(Map.of("tracing4j.subscriber", name,
          "tracing4j.output", dir.resolve(name + ".out").toString(), "tracing4j.overflow", "drop"),
          Map.of()).createSubscriber();
      try {
        assertTrue(registry.layers().get(0).toString().contains(", overflow drop]"),
            registry.toString());
      } finally {
        registry.shutdown();
      }
    }
  }

  @Test
  void anUnknownOverflowPolicyNamesTheAcceptedForms() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> config(Map.of(), Map.of("TRACING4J_OVERFLOW", "discard")));
    assertEquals("invalid tracing4j.overflow \"discard\" (environment variable TRACING4J_OVERFLOW):"
        + " expected block (wait for room in the output buffer) or drop (drop the record and report"
        + " the count)", e.getMessage());
  }
}
