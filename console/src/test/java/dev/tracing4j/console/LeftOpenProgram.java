package dev.tracing4j.console;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Configured by system properties only, runs one task, leaves a span open and returns from main:
 * the console must let the JVM exit and name the open span on stderr.
 */
public final class LeftOpenProgram {
  private LeftOpenProgram() {}

  public static void main(String[] args) throws InterruptedException {
    Tracer log = Tracer.of(LeftOpenProgram.class);
    ExecutorService pool = Tracing.instrumented(Executors.newSingleThreadExecutor(), "pool");
    pool.execute(() -> log.atInfo().log("ran"));
    pool.shutdown();
    pool.awaitTermination(5, TimeUnit.SECONDS);
    Span forgotten = log.span(Level.INFO, "forgotten").start();
    System.out.println("forgotten id=" + forgotten.id());
  }
}
