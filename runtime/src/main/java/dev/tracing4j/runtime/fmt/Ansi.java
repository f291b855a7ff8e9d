package dev.tracing4j.runtime.fmt;

import dev.tracing4j.Level;

/** The ANSI escape codes the fmt layer uses on a terminal. */
final class Ansi {
  static final String RESET = "\u001b[0m";
  static final String BOLD = "\u001b[1m";
  static final String DIM = "\u001b[2m";
  static final String ITALIC = "\u001b[3m";

  private Ansi() {}

  static String color(Level level) {
    return switch (level) {
      case TRACE -> "\u001b[35m";
      case DEBUG -> "\u001b[34m";
      case INFO -> "\u001b[32m";
      case WARN -> "\u001b[33m";
      case ERROR -> "\u001b[31m";
    };
  }
}
