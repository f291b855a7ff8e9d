package dev.tracing4j.spring.boot;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Keeps the processor's index in a native image. The swap itself runs at build time under AOT;
 * the index is read again at run time only to find nothing left to swap.
 */
final class InstrumentedIndexHints implements RuntimeHintsRegistrar {

  @Override
  public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
    hints.resources().registerPattern(InstrumentedClassIndex.PATH);
  }
}
