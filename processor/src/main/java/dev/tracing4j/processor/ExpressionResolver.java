package dev.tracing4j.processor;

import dev.tracing4j.processor.FieldEntry.Path;
import dev.tracing4j.processor.FieldEntry.Step;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Resolves a {@code fields} path against the method's parameter types: each step must be a
 * no-argument instance method (not returning void) or an instance field that the generated class,
 * in {@code packageName}, can access.
 */
final class ExpressionResolver {

  /** Why a path does not resolve, worded to follow "does not resolve: ". */
  static final class Unresolved extends Exception {
    Unresolved(String problem) {
      super(problem, null, false, false);
    }
  }

  private final Types types;
  private final Elements elements;
  private final String packageName;

  ExpressionResolver(Types types, Elements elements, String packageName) {
    this.types = types;
    this.elements = elements;
    this.packageName = packageName;
  }

  /** Checks {@code path}; returns the parameter it starts from. */
  VariableElement resolve(Path path, ExecutableElement method) throws Unresolved {
    VariableElement parameter = method.getParameters().stream()
        .filter(p -> p.getSimpleName().contentEquals(path.root()))
        .findFirst()
        .orElseThrow(() -> new Unresolved("'" + path.root() + "' is not a parameter of '"
            + method.getSimpleName() + "' (parameters: " + parameterNames(method) + ")"));
    TypeMirror type = parameter.asType();
    String described = "'" + path.root() + "'";
    for (Step step : path.steps()) {
      type = step(type, step, described);
      described = "'" + step + "'";
    }
    return parameter;
  }

  private TypeMirror step(TypeMirror receiver, Step step, String described) throws Unresolved {
    TypeMirror type = upperBound(receiver);
    if (type.getKind().isPrimitive()) {
      throw new Unresolved(described + " is a " + type + ", which has no members");
    }
    if (type instanceof ArrayType) {
      if (!step.call() && step.name().equals("length")) {
        return types.getPrimitiveType(TypeKind.INT);
      }
      throw new Unresolved(described + " is an array, whose only member is the field 'length'");
    }
    if (!(type instanceof DeclaredType declared)) {
      throw new Unresolved(described + " has type " + receiver + ", which has no members");
    }
    TypeElement owner = (TypeElement) declared.asElement();
    List<? extends Element> members = elements.getAllMembers(owner);
    if (step.call()) {
      for (ExecutableElement method : ElementFilter.methodsIn(members)) {
        if (method.getSimpleName().contentEquals(step.name()) && method.getParameters().isEmpty()
            && !method.getModifiers().contains(Modifier.STATIC) && isAccessible(method)) {
          TypeMirror result =
              ((ExecutableType) types.asMemberOf(declared, method))
                  .getReturnType();
          if (result.getKind() == TypeKind.VOID) {
            throw new Unresolved("'" + step + "' of " + owner.getQualifiedName()
                + " returns void");
          }
          return result;
        }
      }
      throw new Unresolved(owner.getQualifiedName() + " has no accessible no-argument method '"
          + step + "'");
    }
    for (VariableElement field : ElementFilter.fieldsIn(members)) {
      if (field.getSimpleName().contentEquals(step.name())
          && !field.getModifiers().contains(Modifier.STATIC) && isAccessible(field)) {
        return types.asMemberOf(declared, field);
      }
    }
    throw new Unresolved(owner.getQualifiedName() + " has no accessible field '" + step
        + "' (write " + step + "() for a method)");
  }

  private TypeMirror upperBound(TypeMirror type) {
    TypeMirror current = type;
    while (current instanceof TypeVariable variable) {
      current = variable.getUpperBound();
    }
    if (current instanceof IntersectionType intersection) {
      return intersection.getBounds().get(0);
    }
    return current;
  }

  /** Public members, or package-private and protected ones of the generated class's package. */
  private boolean isAccessible(Element member) {
    if (member.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    return member.getModifiers().contains(Modifier.PUBLIC)
        || elements.getPackageOf(member).getQualifiedName().contentEquals(packageName);
  }

  static String parameterNames(ExecutableElement method) {
    return method.getParameters().isEmpty() ? "none" : method.getParameters().stream()
        .map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", "));
  }
}
