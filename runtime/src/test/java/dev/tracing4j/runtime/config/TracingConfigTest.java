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
import java.util.List;
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
    assertEquals("stderr", config.layers().get(0).output().toString());
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
        + " unknown layer xml; expected none, or one or more of fmt, json, chrome and the names of"
        + " LayerProviders on the class path, separated by commas (LayerProviders on the class"
        + " path: test-provider)", e.getMessage());
    assertEquals("tracing4j.subscriber", e.key());
    assertEquals("xml", e.value());
  }

  @Test
  void aProviderFoundWithServiceLoaderIsSelectedByName() {
    TracingConfig config = config(Map.of("tracing4j.subscriber", "test-provider"), Map.of());
    Registry registry = (Registry) config.createSubscriber();
    assertTrue(registry.layers().get(0) instanceof TestLayerProvider.TestLayer);
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
    assertEquals(Path.of("logs/app.log"), config.layers().get(0).output().path());
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

  @Test
  void aListMakesOneRegistryWithOneLayerPerNameInOrder() {
    TracingConfig config = config(Map.of("tracing4j.subscriber", " fmt , test-provider"), Map.of());
    assertEquals(List.of("fmt", "test-provider"),
        config.layers().stream().map(LayerSettings::name).toList());
    Registry registry = (Registry) config.createSubscriber();
    try {
      assertEquals(2, registry.layers().size());
      assertTrue(registry.layers().get(1) instanceof TestLayerProvider.TestLayer);
    } finally {
      registry.shutdown();
    }
  }

  @Test
  void thePlainOutputIsTheFirstLayersAndEveryOtherLayerWritesToItsDefault() {
    TracingConfig config = config(Map.of("tracing4j.subscriber", "json,fmt,chrome",
        "tracing4j.output", "app.jsonl"), Map.of());
    List<LayerSettings> layers = config.layers();
    assertEquals(Path.of("app.jsonl"), layers.get(0).output().path());
    assertEquals("stderr", layers.get(1).output().toString());
    assertTrue(layers.get(2).output().path().getFileName().toString()
        .matches("trace-\\d+\\.json"), layers.get(2).output().toString());
  }

  @Test
  void aLayersOwnOutputAndFilterWinAndThePlainFilterAppliesToTheOthers() {
    TracingConfig config = config(
        Map.of("tracing4j.subscriber", "fmt,json", "tracing4j.filter", "warn",
            "tracing4j.json.output", "out.jsonl"),
        Map.of("TRACING4J_FMT_FILTER", "debug", "TRACING4J_FMT_OUTPUT", "stdout"));
    assertEquals("debug", config.layers().get(0).filter().toString());
    assertEquals("stdout", config.layers().get(0).output().toString());
    assertEquals("warn", config.layers().get(1).filter().toString());
    assertEquals(Path.of("out.jsonl"), config.layers().get(1).output().path());
  }

  @Test
  void aProviderReadsItsOwnKeysAndNamesThemInItsErrors() {
    TracingConfig config = config(Map.of("tracing4j.subscriber", "test-provider"),
        Map.of("TRACING4J_TEST_PROVIDER_REJECT", "yes"));
    assertEquals(java.util.Optional.of("yes"), config.layers().get(0).value("reject"));
    ConfigurationException e = assertThrows(ConfigurationException.class, config::createSubscriber);
    assertEquals("invalid tracing4j.test-provider.reject \"yes\" (environment variable"
        + " TRACING4J_TEST_PROVIDER_REJECT): expected nothing at all", e.getMessage());
  }

  @Test
  void aLayersOwnBadFilterNamesItsOwnKey() {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> config(
        Map.of("tracing4j.subscriber", "fmt,json", "tracing4j.json.filter", "com.shop=loud"), Map.of()));
    assertEquals("tracing4j.json.filter", e.key());
  }

  @Test
  void twoLayersNamingTheSameFileIsAnError() {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> config(Map.of(
        "tracing4j.subscriber", "fmt,json", "tracing4j.output", "out.log",
        "tracing4j.json.output", "./out.log"), Map.of()));
    assertEquals("invalid tracing4j.json.output \"./out.log\" (system property"
        + " tracing4j.json.output): the layer fmt writes to this file already; give each layer its"
        + " own file with tracing4j.json.output", e.getMessage());
  }

  @Test
  void badListsNameTheProblem() {
    assertEquals("invalid tracing4j.subscriber \"fmt,,json\" (system property"
        + " tracing4j.subscriber): a layer name is empty; expected none, or one or more of fmt,"
        + " json, chrome and the names of LayerProviders on the class path, separated by commas",
        listError("fmt,,json"));
    assertEquals("invalid tracing4j.subscriber \"fmt,fmt\" (system property tracing4j.subscriber):"
        + " names the layer fmt twice; each layer appears once", listError("fmt,fmt"));
    assertEquals("invalid tracing4j.subscriber \"none,fmt\" (system property"
        + " tracing4j.subscriber): none records nothing and cannot be listed with other layers",
        listError("none,fmt"));
  }

  private String listError(String value) {
    return assertThrows(ConfigurationException.class,
        () -> config(Map.of("tracing4j.subscriber", value), Map.of())).getMessage();
  }

  @Test
  void aLayerWhoseOutputCannotBeOpenedShutsDownTheLayersBuiltBeforeIt(@TempDir Path dir)
      throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("taken"));
    TracingConfig config = config(Map.of("tracing4j.subscriber", "test-provider,json",
        "tracing4j.json.output", dir.resolve("taken").toString()), Map.of());
    ConfigurationException e = assertThrows(ConfigurationException.class, config::createSubscriber);
    assertEquals("tracing4j.json.output", e.key());
  }
}
