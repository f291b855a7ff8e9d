package dev.tracing4j.runtime.filter;

import dev.tracing4j.Level;
import java.util.Locale;

/**
 * The most verbose level a directive records, or {@link #OFF} for none.
 *
 * <pre>{@code
 * LevelFilter.INFO.enables(Level.WARN);   // true
 * LevelFilter.INFO.enables(Level.DEBUG);  // false
 * }</pre>
 */
public enum LevelFilter {
  TRACE,
  DEBUG,
  INFO,
  WARN,
  ERROR,
  OFF;

  /** The accepted spellings, for error messages. */
  static final String ACCEPTED = "off, error, warn, info, debug or trace";

  /** Whether a span or event at {@code level} passes this filter. */
  public boolean enables(Level level) {
    return level.ordinal() >= ordinal();
  }

  /** The filter for a level name in any case, or {@code null} when {@code text} is not one. */
  static LevelFilter parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "trace" -> TRACE;
      case "debug" -> DEBUG;
      case "info" -> INFO;
      case "warn" -> WARN;
      case "error" -> ERROR;
      case "off" -> OFF;
      default -> null;
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
