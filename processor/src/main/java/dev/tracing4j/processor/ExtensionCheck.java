package dev.tracing4j.processor;

import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Whether the generated class can extend (or implement) a type and override its {@code
 * @Instrument} methods, reporting on the type or the method why not, and what to do instead.
 */
final class ExtensionCheck {

  private final Types types;
  private final Elements elements;
  private final ErrorReporter errors;

  ExtensionCheck(Types types, Elements elements, ErrorReporter errors) {
    this.types = types;
    this.elements = elements;
    this.errors = errors;
  }

  /** Reports why the generated class cannot extend or implement {@code type}, if it cannot. */
  void checkType(TypeElement type, boolean isInterface) {
    String name = type.getSimpleName().toString();
    switch (type.getKind()) {
      case CLASS, INTERFACE -> { }
      case ENUM -> {
        errors.reportError(type, "@Instrument cannot be applied to methods of enum '" + name
            + "': the generated subclass cannot extend an enum. Move the methods to a class or"
            + " remove the annotation.");
        return;
      }
      default -> {
        errors.reportError(type, "@Instrument cannot be applied to methods of " + kindName(type)
            + " '" + name + "': the generated class cannot extend it. Move the methods to a class or"
            + " remove the annotation.");
        return;
      }
    }
    if (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS) {
      errors.reportError(type, "@Instrument cannot be applied to methods of a local or anonymous"
          + " class: the generated class must extend it from outside. Move it to a top-level or"
          + " static nested class, or remove the annotation.");
      return;
    }
    for (Element enclosing = type; enclosing instanceof TypeElement level;
        enclosing = enclosing.getEnclosingElement()) {
      if (level.getModifiers().contains(Modifier.PRIVATE)) {
        errors.reportError(type, "@Instrument cannot be applied to methods of private class '"
            + level.getSimpleName() + "': the generated class must extend it from outside. Make '"
            + level.getSimpleName() + "' package-private or wider, or remove the annotation.");
        return;
      }
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !isInterface
        && !type.getModifiers().contains(Modifier.STATIC)) {
      errors.reportError(type, "@Instrument cannot be applied to methods of inner class '" + name
          + "': the generated class cannot extend a non-static inner class. Make '" + name
          + "' static or remove the annotation.");
      return;
    }
    if (type.getModifiers().contains(Modifier.SEALED) && !permitsGeneratedClass(type)) {
      String generated = TypeValidator.generatedName(type);
      errors.reportError(type, "@Instrument cannot be applied to methods of sealed "
          + (isInterface ? "interface" : "class") + " '" + name + "' unless it permits the"
          + " generated " + (isInterface ? "decorator" : "subclass") + ": add " + generated
          + " to its permits clause (it is generated non-sealed) or remove the annotation.");
      return;
    }
    if (isInterface) {
      return;
    }
    if (type.getModifiers().contains(Modifier.FINAL)) {
      errors.reportError(type, "@Instrument cannot be applied to methods of final class '" + name
          + "': the generated subclass must extend it. Remove 'final' from the class or the"
          + " annotation.");
    } else if (nonPrivateConstructors(type).isEmpty()) {
      errors.reportError(type, "@Instrument cannot be applied to methods of class '" + name
          + "', which has no non-private constructor: the generated subclass must call one. Add"
          + " a non-private constructor or remove the annotation.");
    }
  }

  /**
   * Whether the permits clause of sealed {@code type} names the generated class. That class does
   * not exist yet, so it is matched by its simple name, in the same package.
   */
  private boolean permitsGeneratedClass(TypeElement type) {
    String generated = TypeValidator.generatedName(type);
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      Element element = types.asElement(permitted);
      String simpleName = element != null ? element.getSimpleName().toString() : "";
      if (simpleName.equals(generated) && (permitted.getKind() == TypeKind.ERROR
          || elements.getPackageOf(element).equals(elements.getPackageOf(type)))) {
        return true;
      }
    }
    return false;
  }

  private static String kindName(TypeElement type) {
    return switch (type.getKind()) {
      case RECORD -> "record";
      case ANNOTATION_TYPE -> "annotation type";
      default -> type.getKind().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** Whether the generated class can override {@code method}; reports why not. */
  boolean checkMethod(ExecutableElement method, boolean isInterface) {
    String name = method.getSimpleName().toString();
    Set<Modifier> modifiers = method.getModifiers();
    if (modifiers.contains(Modifier.PRIVATE)) {
      errors.reportError(method, "@Instrument cannot be applied to private method '" + name
          + "': the generated subclass must override it. Make it non-private or remove the"
          + " annotation.");
      return false;
    }
    if (modifiers.contains(Modifier.STATIC)) {
      errors.reportError(method, "@Instrument cannot be applied to static method '" + name
          + "': the generated subclass can only override instance methods. Make it an instance"
          + " method or remove the annotation.");
      return false;
    }
    if (modifiers.contains(Modifier.FINAL)) {
      errors.reportError(method, "@Instrument cannot be applied to final method '" + name
          + "': the generated subclass must override it. Remove 'final' or the annotation.");
      return false;
    }
    if (!isInterface && modifiers.contains(Modifier.ABSTRACT)) {
      errors.reportError(method, "@Instrument cannot be applied to abstract method '" + name
          + "': there is no implementation to wrap. Annotate the method that implements it"
          + " instead.");
      return false;
    }
    return true;
  }

  static List<ExecutableElement> nonPrivateConstructors(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .filter(c -> !c.getModifiers().contains(Modifier.PRIVATE))
        .toList();
  }
}
