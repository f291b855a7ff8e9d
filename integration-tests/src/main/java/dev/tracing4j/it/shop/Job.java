package dev.tracing4j.it.shop;

import dev.tracing4j.Instrument;

/** An abstract class with constructor parameters; subclasses extend the generated class. */
public abstract class Job {
  private final String name;
  private final int retries;

  protected Job(String name, int retries) {
    this.name = name;
    this.retries = retries;
  }

  @Instrument(fields = "job = this_.name()", skip = "this_")
  public String run(Job this_) {
    return name + ":" + step() + ":" + retries;
  }

  protected abstract String step();

  public String name() {
    return name;
  }

  /** Holds a static nested class, instrumented as InstrumentedJob_Step. */
  public static final class Steps {
    private Steps() {}

    /** A static nested class. */
    public static class Step {
      @Instrument
      public String describe(String what) {
        return "step " + what;
      }
    }
  }
}
