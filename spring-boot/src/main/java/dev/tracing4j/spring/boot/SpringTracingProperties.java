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
 * Keys set only as environment variables are left to the runtime, which reads those itself.
 */
final class SpringTracingProperties {

  static final String PREFIX = "tracing4j.";

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
            String value = environment.getProperty(name);
            if (value != null) {
              properties.put(name, value);
            }
          }
        }
      }
    }
    return properties;
  }

  /** The name of the property source that gives {@code key} its value, for error messages. */
  static String originOf(String key, Environment environment) {
    if (environment instanceof ConfigurableEnvironment configurable) {
      for (PropertySource<?> source : configurable.getPropertySources()) {
        if (!source.getName().equals("configurationProperties") && source.containsProperty(key)) {
          return source.getName();
        }
      }
    }
    return "the environment";
  }
}
