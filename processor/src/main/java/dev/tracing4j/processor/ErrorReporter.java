package dev.tracing4j.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports compile errors on the exact element, and annotation value where there is one, and
 * remembers whether any was reported so that generation is skipped for that type only.
 */
final class ErrorReporter {
  private final Messager messager;
  private int errors;

  ErrorReporter(Messager messager) {
    this.messager = messager;
  }

  void error(Element element, String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  void error(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
    errors++;
    if (value != null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
    }
  }

  int errorCount() {
    return errors;
  }
}
