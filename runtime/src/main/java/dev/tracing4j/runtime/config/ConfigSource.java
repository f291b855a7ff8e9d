package dev.tracing4j.runtime.config;

import java.util.Locale;
import java.util.Map;

/** Reads settings from system properties first, then environment variables. */
final class ConfigSource {
  private final Map<String, String> properties;
  private final Map<String, String> environment;

  /** A value and where it came from, for error messages. */
  record Setting(String key, String value, String origin) {}

  ConfigSource(Map<String, String> properties, Map<String, String> environment) {
    this.properties = properties;
    this.environment = environment;
  }

  /** The setting for {@code key} ({@code tracing4j.span_events}), or null when unset or blank. */
  Setting get(String key) {
    String value = properties.get(key);
    if (value != null && !value.isBlank()) {
      return new Setting(key, value.trim(), "system property " + key);
    }
    String variable = environmentName(key);
    value = environment.get(variable);
    if (value != null && !value.isBlank()) {
      return new Setting(key, value.trim(), "environment variable " + variable);
    }
    return null;
  }

  /**
   * {@code tracing4j.span_events} becomes {@code TRACING4J_SPAN_EVENTS}, {@code
   * tracing4j.my-layer.output} becomes {@code TRACING4J_MY_LAYER_OUTPUT}.
   */
  static String environmentName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }
}
