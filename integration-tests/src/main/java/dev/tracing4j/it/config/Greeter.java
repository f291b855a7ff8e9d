package dev.tracing4j.it.config;

import dev.tracing4j.Instrument;

/** One instrumented method whose body says it ran. */
public class Greeter {
  @Instrument
  public String greet(String name) {
    String greeting = "hello " + name;
    System.out.println(greeting);
    return greeting;
  }
}
