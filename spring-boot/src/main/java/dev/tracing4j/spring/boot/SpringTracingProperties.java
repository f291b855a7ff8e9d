package dev.tracing4j.spring.boot;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Every {@code tracing4j.*} key that Spring's {@link Environment} knows (application properties,
 * profiles, command-line arguments, system properties, test properties), each with the value
 * Spring's precedence gives it: an environment variable {@code TRACING4J_FILTER} overrides
 * {@code tracing4j.filter} from {@code application.properties}, as it overrides any property.
 * As everywhere in tracing4j, a blank value counts as unset, so the next source down is asked:
 * an exported but empty {@code TRACING4J_FILTER} does not hide the file's value. Keys set only as
 * environment variables are left to the runtime, which reads those itself.
 */
final class SpringTracingProperties {

  static final String PREFIX = "tracing4j.";
  /** Spring Boot's view of all the other sources, attached first: asking it would skip none. */
  private static final String ALL_SOURCES = "configurationProperties";

  private SpringTracingProperties() {}

  static Map<String, String> from(Environment environment) {
    Map<String, String> properties = new TreeMap<>();
    if (!(environment instanceof ConfigurableEnvironment configurable)) {
      return properties;
    }
    for (PropertySource<?> source : configurable.getPropertySources()) {
      if (source instanceof EnumerablePropertySource<?> enumerable) {
        for (String name : enumerable.getPropertyNames()) {
          if (name.startsWith(PREFIX) && !properties.containsKey(name)) {
            PropertySource<?> origin = originOf(name, configurable);
            if (origin != null) {
              properties.put(name, valueIn(origin, name, configurable));
            }
          }
        }
      }
    }
    return properties;
  }

  /** The name of the property source that gives {@code key} its value, for error messages. */
  static String originName(String key, Environment environment) {
    PropertySource<?> origin = environment instanceof ConfigurableEnvironment configurable
        ? originOf(key, configurable) : null;
    return origin == null ? "the environment" : origin.getName();
  }

  /** The first source, in Spring's order, with a value for {@code key} that is not blank. */
  private static PropertySource<?> originOf(String key, ConfigurableEnvironment environment) {
    for (PropertySource<?> source : environment.getPropertySources()) {
      if (!source.getName().equals(ALL_SOURCES) && source.containsProperty(key)
          && !valueIn(source, key, environment).isBlank()) {
        return source;
      }
    }
    return null;
  }

  private static String valueIn(PropertySource<?> source, String key,
      ConfigurableEnvironment environment) {
    Object value = source.getProperty(key);
    return value == null ? "" : environment.resolveRequiredPlaceholders(String.valueOf(value));
  }
}
