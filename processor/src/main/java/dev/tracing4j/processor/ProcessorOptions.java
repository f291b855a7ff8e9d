package dev.tracing4j.processor;

import java.util.Map;
import java.util.Set;
import javax.lang.model.util.Elements;

/**
 * The processor's {@code -A} options:
 *
 * <pre>
 * javac -Atracing4j.index=false -processorpath tracing4j-processor.jar ...
 * </pre>
 *
 * @param writesIndex whether to write {@code META-INF/tracing4j/instrumented.index}
 *     ({@code tracing4j.index}, default true); without it, the processor is isolating for
 *     Gradle's incremental compilation rather than aggregating
 * @param micronautReplaces whether generated subclasses replace their original's Micronaut bean
 *     ({@code tracing4j.micronaut}, default false; see {@link MicronautReplacement})
 */
record ProcessorOptions(boolean writesIndex, boolean micronautReplaces) {
  static final String INDEX = "tracing4j.index";
  static final String MICRONAUT = "tracing4j.micronaut";
  static final Set<String> NAMES = Set.of(INDEX, MICRONAUT);

  /** The processor type that Gradle reads from a processor declared {@code dynamic}. */
  private static final String GRADLE_AGGREGATING = "org.gradle.annotation.processing.aggregating";
  private static final String GRADLE_ISOLATING = "org.gradle.annotation.processing.isolating";

  static final ProcessorOptions DEFAULTS = new ProcessorOptions(true, false);

  /**
   * The options passed to the compilation, reporting a value that is not accepted, or an option
   * whose annotation the compilation cannot see; such an option keeps its default.
   */
  static ProcessorOptions read(Map<String, String> options, Elements elements,
      ErrorReporter errors) {
    boolean micronaut = flag(options, MICRONAUT, DEFAULTS.micronautReplaces(), errors);
    if (micronaut && elements.getTypeElement(MicronautReplacement.REPLACES) == null) {
      errors.reportError("The processor option -A" + MICRONAUT + "=true needs "
          + MicronautReplacement.REPLACES + ", which this compilation cannot see. Add"
          + " io.micronaut:micronaut-inject to the compile class path, or remove the option.");
      micronaut = false;
    }
    return new ProcessorOptions(flag(options, INDEX, DEFAULTS.writesIndex(), errors), micronaut);
  }

  /**
   * Aggregating while the index is written, since one file then depends on every instrumented
   * type; isolating otherwise, since each generated class depends on its original only.
   */
  String gradleProcessorType() {
    return writesIndex ? GRADLE_AGGREGATING : GRADLE_ISOLATING;
  }

  private static boolean flag(Map<String, String> options, String name, boolean absent,
      ErrorReporter errors) {
    if (!options.containsKey(name)) {
      return absent;
    }
    String value = options.get(name);
    if (value == null || value.equals("true")) {
      return true; // -Aname alone sets the flag
    }
    if (value.equals("false")) {
      return false;
    }
    errors.reportError("The processor option -A" + name + "=" + value + " is not a boolean:"
        + " write -A" + name + "=true or -A" + name + "=false.");
    return absent;
  }
}
