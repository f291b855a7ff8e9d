package dev.tracing4j.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The processor's one channel for compile errors: on an element, on the exact annotation value,
 * or on source that javac shows no element for (local classes). It counts what it reported, so
 * that a type with any problem is left ungenerated after every problem was reported, while the
 * other types are still generated:
 *
 * <pre>{@code
 * int before = errors.errorCount();
 * errors.reportError(method, "...");    // keep checking, to report every problem
 * errors.abortIfAnyErrorSince(before);  // then give up on this type only
 * }</pre>
 */
final class ErrorReporter {
  private final Messager messager;
  private final Optional<Trees> trees;
  private int errorCount;

  ErrorReporter(Messager messager, Optional<Trees> trees) {
    this.messager = messager;
    this.trees = trees;
  }

  void reportError(Element element, String message) {
    errorCount++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  void reportError(Element element, AnnotationMirror annotation, AnnotationValue value,
      String message) {
    errorCount++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
  }

  /** An error on {@code tree}, for source that javac attributes only after processing. */
  void reportError(Tree tree, CompilationUnitTree unit, String message) {
    errorCount++;
    // A tree comes from javac's tree API, so it is there; the fallback only keeps the error.
    trees.ifPresentOrElse(api -> api.printMessage(Diagnostic.Kind.ERROR, message, tree, unit),
        () -> messager.printMessage(Diagnostic.Kind.ERROR, message));
  }

  /** An error that belongs to no element: a failure of the processor itself, or of an option. */
  void reportError(String message) {
    errorCount++;
    messager.printMessage(Diagnostic.Kind.ERROR, message);
  }

  /**
   * Reports an error and abandons the type being processed.
   *
   * @return never; declared so that callers can write {@code throw errors.abortWithError(...)}
   */
  AbortProcessingException abortWithError(Element element, String message) {
    reportError(element, message);
    throw new AbortProcessingException();
  }

  /**
   * Abandons the type being processed if any error was reported since {@code errorCount()}
   * returned {@code mark}.
   */
  void abortIfAnyErrorSince(int mark) {
    if (errorCount > mark) {
      throw new AbortProcessingException();
    }
  }

  int errorCount() {
    return errorCount;
  }
}
