package dev.tracing4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * No exception escapes {@code process}, wherever it is thrown: the compiler would report it as a
 * crash of the processor, with no hint of what to do. Here the compiler's round fails.
 */
class UnexpectedFailureTest {

  /** Keeps what the processor reports. */
  private static final class RecordingMessager implements Messager {
    final List<String> errors = new ArrayList<>();

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message) {
      if (kind == Diagnostic.Kind.ERROR) {
        errors.add(message.toString());
      }
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element) {
      printMessage(kind, message);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element,
        AnnotationMirror annotation) {
      printMessage(kind, message);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element,
        AnnotationMirror annotation, AnnotationValue value) {
      printMessage(kind, message);
    }
  }

  /** An implementation of {@code type} whose methods answer {@code answers}, or null. */
  private static <T> T fake(Class<T> type, Map<String, Object> answers) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> switch (method.getName()) {
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          case "toString" -> type.getSimpleName();
          default -> {
            Object answer = answers.get(method.getName());
            if (answer instanceof RuntimeException failure) {
              throw failure;
            }
            yield answer;
          }
        }));
  }

  @Test
  void aFailureOutsideAnyTypeIsReportedAsACompileError() {
    RecordingMessager messager = new RecordingMessager();
    TypeElement instrument = fake(TypeElement.class, Map.of());
    ProcessingEnvironment environment = fake(ProcessingEnvironment.class, Map.of(
        "getMessager", messager,
        "getOptions", Map.of(),
        "getSourceVersion", SourceVersion.latestSupported(),
        "getElementUtils", fake(Elements.class, Map.of("getTypeElement", instrument)),
        "getTypeUtils", fake(Types.class, Map.of())));
    RoundEnvironment round = fake(RoundEnvironment.class, Map.of(
        "getElementsAnnotatedWith", new IllegalStateException("the compiler failed")));
    InstrumentProcessor processor = new InstrumentProcessor();
    processor.init(environment);

    assertFalse(processor.process(Set.of(), round));
    assertEquals(1, messager.errors.size(), messager.errors.toString());
    assertTrue(messager.errors.get(0).startsWith("tracing4j could not process this compilation"
        + " because of an unexpected failure; please report it with this trace:"
        + " java.lang.IllegalStateException: the compiler failed"), messager.errors.get(0));
  }
}
