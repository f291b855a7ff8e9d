package dev.tracing4j.runtime.config;

/**
 * A configuration value tracing4j cannot use. The message names the key, where it was set, the
 * value, and the accepted forms:
 *
 * <pre>
 * invalid tracing4j.filter "info,com.shop=loud" (system property tracing4j.filter): invalid filter directive ...
 * </pre>
 */
public final class ConfigurationException extends IllegalArgumentException {
  private final String key;
  private final String value;

  ConfigurationException(ConfigSource.Setting setting, String problem, Throwable cause) {
    super("invalid " + setting.key() + " \"" + setting.value() + "\" (" + setting.origin() + "): "
        + problem, cause);
    this.key = setting.key();
    this.value = setting.value();
  }

  /** The system property name of the setting, e.g. {@code tracing4j.filter}. */
  public String key() {
    return key;
  }

  /** The value that was rejected. */
  public String value() {
    return value;
  }
}
