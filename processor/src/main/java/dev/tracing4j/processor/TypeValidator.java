package dev.tracing4j.processor;

import dev.tracing4j.processor.ExpressionResolver.Unresolved;
import dev.tracing4j.processor.FieldEntry.Literal;
import dev.tracing4j.processor.FieldEntry.Path;
import dev.tracing4j.processor.FieldEntryParser.MalformedEntry;
import dev.tracing4j.processor.FieldModel.DeclaredField;
import dev.tracing4j.processor.FieldModel.LiteralField;
import dev.tracing4j.processor.FieldModel.ParameterField;
import dev.tracing4j.processor.FieldModel.PathField;
import dev.tracing4j.processor.MethodModel.Returns;
import dev.tracing4j.processor.TypeModel.DelegatedMethod;
import dev.tracing4j.processor.TypeModel.Member;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks a type and its {@code @Instrument} methods and builds the {@link TypeModel}, reporting
 * every problem on the exact element (and annotation value) before giving up on the type.
 */
final class TypeValidator {

  private final Types types;
  private final Elements elements;
  private final SourcePositions positions;
  private final ErrorReporter errors;
  private final ExtensionCheck extension;

  TypeValidator(Types types, Elements elements, SourcePositions positions, ErrorReporter errors) {
    this.types = types;
    this.elements = elements;
    this.positions = positions;
    this.errors = errors;
    this.extension = new ExtensionCheck(types, elements, errors);
  }

  /**
   * The model of {@code type}.
   *
   * @throws AbortProcessingException after reporting every reason why it cannot be instrumented
   */
  TypeModel validate(TypeElement type, List<ExecutableElement> annotated) {
    int errorsBefore = errors.errorCount();
    boolean isInterface = type.getKind() == ElementKind.INTERFACE;
    extension.checkType(type, isInterface);
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    ExpressionResolver resolver = new ExpressionResolver(types, elements, packageName);
    ConstantNames constants = new ConstantNames(annotated);
    Map<ExecutableElement, MethodModel> methods = new LinkedHashMap<>();
    for (ExecutableElement method : annotated) {
      validateMethod(type, method, isInterface, resolver, constants)
          .ifPresent(model -> methods.put(method, model));
    }
    errors.abortIfAnyErrorSince(errorsBefore);
    List<Member> members = new ArrayList<>(methods.values());
    if (isInterface) {
      members = interfaceMembers(type, methods);
    }
    return new TypeModel(type, elements.getBinaryName(type).toString(), packageName,
        generatedName(type), isInterface,
        type.getModifiers().contains(Modifier.PUBLIC),
        !isInterface && type.getModifiers().contains(Modifier.ABSTRACT),
        type.getModifiers().contains(Modifier.SEALED),
        isInterface ? List.of() : ExtensionCheck.nonPrivateConstructors(type),
        List.copyOf(members));
  }

  /** The model of {@code method}; none after reporting why it cannot be instrumented. */
  private Optional<MethodModel> validateMethod(TypeElement type, ExecutableElement method,
      boolean isInterface, ExpressionResolver resolver, ConstantNames constants) {
    InstrumentAnnotation annotation =
        InstrumentAnnotation.read(InstrumentAnnotation.find(method).orElseThrow(), elements);
    boolean overridable = extension.checkMethod(method, isInterface);
    Optional<List<FieldModel>> fields = fields(method, annotation, resolver);
    if (!overridable || fields.isEmpty()) {
      return Optional.empty();
    }
    String spanName = annotation.name().isEmpty()
        ? method.getSimpleName().toString() : annotation.name();
    String target = annotation.target().isEmpty()
        ? elements.getBinaryName(type).toString() : annotation.target();
    Returns returns = returns(method.getReturnType());
    return Optional.of(new MethodModel(method, constants.nameFor(method), spanName, target,
        annotation.level(), positions.file(method), positions.line(method), fields.get(),
        annotation.ret(), annotation.err(), returns, ValueKind.of(method.getReturnType())));
  }

  /** The recorded fields; none after reporting every problem with skip or fields. */
  private Optional<List<FieldModel>> fields(ExecutableElement method,
      InstrumentAnnotation annotation, ExpressionResolver resolver) {
    boolean valid = true;
    Set<String> skipped = new HashSet<>();
    for (InstrumentAnnotation.Entry skip : annotation.skip()) {
      boolean known = method.getParameters().stream()
          .anyMatch(p -> p.getSimpleName().contentEquals(skip.text()));
      if (!known) {
        errors.reportError(method, annotation.mirror(), skip.value(), "@Instrument skip names '"
            + skip.text() + "', which is not a parameter of '" + method.getSimpleName()
            + "' (parameters: " + ExpressionResolver.parameterNames(method)
            + "). Remove it or fix the name.");
        valid = false;
      }
      skipped.add(skip.text());
    }
    List<FieldModel> fields = new ArrayList<>();
    Set<String> parameterFields = new HashSet<>();
    if (!annotation.skipAll()) {
      for (VariableElement parameter : method.getParameters()) {
        String name = parameter.getSimpleName().toString();
        if (!skipped.contains(name)) {
          fields.add(new ParameterField(name, name, ValueKind.of(parameter.asType())));
          parameterFields.add(name);
        }
      }
    }
    Set<String> declared = new HashSet<>();
    for (InstrumentAnnotation.Entry entry : annotation.fields()) {
      Optional<FieldModel> resolved = field(method, annotation, entry, resolver);
      if (resolved.isEmpty()) {
        valid = false;
        continue;
      }
      FieldModel field = resolved.get();
      String problem = null;
      if (parameterFields.contains(field.name())) {
        problem = "repeats the field '" + field.name() + "' recorded for the parameter of that"
            + " name. Rename the field or add '" + field.name() + "' to skip.";
      } else if (!declared.add(field.name())) {
        problem = "repeats the field '" + field.name() + "' declared by an earlier entry. Give"
            + " each field one entry.";
      }
      if (problem != null) {
        errors.reportError(method, annotation.mirror(), entry.value(),
            "@Instrument fields entry '" + entry.text() + "' " + problem);
        valid = false;
        continue;
      }
      fields.add(field);
    }
    return valid ? Optional.of(List.copyOf(fields)) : Optional.empty();
  }

  /** The field an entry declares; none after reporting why it is malformed or unresolved. */
  private Optional<FieldModel> field(ExecutableElement method, InstrumentAnnotation annotation,
      InstrumentAnnotation.Entry entry, ExpressionResolver resolver) {
    FieldEntry parsed;
    try {
      parsed = FieldEntryParser.parse(entry.text());
    } catch (MalformedEntry e) {
      errors.reportError(method, annotation.mirror(), entry.value(), "@Instrument fields entry '"
          + entry.text() + "' is malformed: " + e.getMessage()
          + ". Write \"name = expression\" or \"name\".");
      return Optional.empty();
    }
    if (parsed.expression() == null) {
      return Optional.of(new DeclaredField(parsed.name()));
    }
    if (parsed.expression() instanceof Literal literal) {
      return Optional.of(new LiteralField(parsed.name(), literal.kind(), literal.value()));
    }
    Path path = (Path) parsed.expression();
    try {
      VariableElement parameter = resolver.resolve(path, method);
      if (path.steps().isEmpty()) {
        return Optional.of(
            new ParameterField(parsed.name(), path.root(), ValueKind.of(parameter.asType())));
      }
      return Optional.of(new PathField(parsed.name(), path.root(), path.steps()));
    } catch (Unresolved e) {
      errors.reportError(method, annotation.mirror(), entry.value(), "@Instrument fields entry '"
          + entry.text() + "' does not resolve: " + e.getMessage() + ". Start with a parameter"
          + " name followed by no-argument methods or accessible fields, or write a literal.");
      return Optional.empty();
    }
  }

  private Returns returns(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID) {
      return Returns.VOID;
    }
    TypeElement stage = elements.getTypeElement("java.util.concurrent.CompletionStage");
    TypeElement future = elements.getTypeElement("java.util.concurrent.CompletableFuture");
    TypeMirror erased = types.erasure(type);
    if (types.isSameType(erased, types.erasure(future.asType()))) {
      return Returns.COMPLETABLE_FUTURE;
    }
    if (types.isSameType(erased, types.erasure(stage.asType()))) {
      return Returns.COMPLETION_STAGE;
    }
    TypeMirror bound = type instanceof TypeVariable variable ? variable.getUpperBound() : type;
    if (bound.getKind() == TypeKind.DECLARED
        && types.isAssignable(types.erasure(bound), types.erasure(stage.asType()))) {
      return Returns.OTHER_STAGE;
    }
    return Returns.VALUE;
  }

  /**
   * Every method the decorator implements: those declared by the interface in source order, then
   * inherited ones by declaring interface, instrumented where annotated, otherwise delegated.
   */
  private List<Member> interfaceMembers(TypeElement type, Map<ExecutableElement, MethodModel> models) {
    List<ExecutableElement> all = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      Element owner = method.getEnclosingElement();
      if (owner.getKind() == ElementKind.INTERFACE
          && !method.getModifiers().contains(Modifier.STATIC)
          && !method.getModifiers().contains(Modifier.PRIVATE)
          && (models.containsKey(method) || !isEqualsOrHashCode(method))) {
        all.add(method);
      }
    }
    all.sort(java.util.Comparator
        .comparing((ExecutableElement m) -> m.getEnclosingElement() == type ? "" :
            ((TypeElement) m.getEnclosingElement()).getQualifiedName().toString())
        .thenComparingInt(m -> m.getEnclosingElement().getEnclosedElements().indexOf(m)));
    List<Member> members = new ArrayList<>();
    for (ExecutableElement method : all) {
      MethodModel model = models.get(method);
      members.add(model != null ? model : new DelegatedMethod(method));
    }
    return members;
  }

  /**
   * Whether {@code method} redeclares {@code equals} or {@code hashCode} of {@code Object}. The
   * decorator keeps those of {@code Object}: delegating them would make it equal to its delegate
   * but not the other way round.
   */
  private boolean isEqualsOrHashCode(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    List<? extends VariableElement> parameters = method.getParameters();
    return name.equals("hashCode") && parameters.isEmpty()
        || name.equals("equals") && parameters.size() == 1 && types.isSameType(
            parameters.get(0).asType(), elements.getTypeElement("java.lang.Object").asType());
  }

  /** {@code InstrumentedOrderService}, or {@code InstrumentedOuter_Inner} for a nested type. */
  static String generatedName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element enclosing = type.getEnclosingElement(); enclosing instanceof TypeElement outer;
        enclosing = outer.getEnclosingElement()) {
      name.insert(0, outer.getSimpleName() + "_");
    }
    return "Instrumented" + name;
  }

  /**
   * Names of the {@code MethodSite} constants: the method name in upper snake case, numbered for
   * overloads, and never equal to a parameter name that would shadow it.
   */
  private static final class ConstantNames {
    private final Set<String> taken = new HashSet<>();
    private final Set<String> parameters = new HashSet<>();

    ConstantNames(List<ExecutableElement> methods) {
      for (ExecutableElement method : methods) {
        method.getParameters().forEach(p -> parameters.add(p.getSimpleName().toString()));
      }
    }

    String nameFor(ExecutableElement method) {
      String base = upperSnake(method.getSimpleName().toString());
      String name = base;
      for (int n = 2; taken.contains(name) || parameters.contains(name); n++) {
        name = base + "_" + n;
      }
      taken.add(name);
      return name;
    }

    static String upperSnake(String camel) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < camel.length(); i++) {
        char c = camel.charAt(i);
        boolean boundary = i > 0 && Character.isUpperCase(c)
            && (Character.isLowerCase(camel.charAt(i - 1)) || Character.isDigit(camel.charAt(i - 1))
                || i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1)));
        if (boundary && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toUpperCase(c));
      }
      return out.toString();
    }
  }
}
