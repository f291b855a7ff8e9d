package dev.tracing4j.it.programs;

import dev.tracing4j.it.config.Greeter;
import dev.tracing4j.it.config.InstrumentedGreeter;
import dev.tracing4j.runtime.Tracing;

/**
 * Calls an instrumented method twice, after {@code Tracing.init()} when the first argument is
 * {@code init}, else relying on the first callsite to install what is configured. With {@code
 * init}, an exception from it is printed on stdout and the program goes on.
 */
public final class ConfiguredGreeterProgram {
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("init")) {
      try {
        Tracing.init();
      } catch (IllegalArgumentException e) {
        System.out.println("init threw " + e.getClass().getName() + ": " + e.getMessage());
      }
    }
    Greeter greeter = new InstrumentedGreeter();
    greeter.greet("ada");
    greeter.greet("bob");
  }
}
