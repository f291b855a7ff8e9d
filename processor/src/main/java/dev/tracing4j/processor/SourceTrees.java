package dev.tracing4j.processor;

import com.sun.source.util.Trees;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * javac's tree API, looked up once. Other compilers (ecj) and build tools that wrap the processing
 * environment (Gradle's incremental processing) give none; then what needs trees falls back: no
 * source lines, and no check of local classes.
 */
final class SourceTrees {
  private SourceTrees() {}

  static Optional<Trees> of(ProcessingEnvironment environment) {
    try {
      return Optional.of(Trees.instance(environment));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return Optional.empty();
    }
  }
}
