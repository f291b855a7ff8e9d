package dev.tracing4j.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Generates an {@code Instrumented*} class for every class or interface with {@code @Instrument}
 * methods: collect the annotated methods by type, validate each type into a model (reporting
 * every problem on its element), then write the model with JavaPoet; in the last round, write
 * {@link InstrumentedIndex} of every class generated.
 *
 * <p>A type whose signatures mention types not generated yet (by another processor) is retried
 * in the next round. No exception escapes {@link #process}: a type with errors is skipped after
 * they were reported, and an unexpected failure is reported as a compile error.
 */
@AutoService(Processor.class)
public final class InstrumentProcessor extends AbstractProcessor {

  private static final String GENERATED = "javax.annotation.processing.Generated";

  private final Set<String> deferred = new LinkedHashSet<>();
  private final InstrumentedIndex index = new InstrumentedIndex();
  private ProcessorOptions options = ProcessorOptions.DEFAULTS;
  private ErrorReporter errors;
  private TypeValidator validator;
  private InstrumentedClassWriter writer;
  private LocalClassCheck localClasses;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    Optional<Trees> trees = SourceTrees.of(environment);
    errors = new ErrorReporter(environment.getMessager(), trees);
    options = ProcessorOptions.read(environment.getOptions(), environment.getElementUtils(),
        errors);
    validator = new TypeValidator(environment.getTypeUtils(), environment.getElementUtils(),
        new SourcePositions(trees), errors);
    writer = new InstrumentedClassWriter(environment.getTypeUtils(), generatedAnnotation(),
        options.micronautReplaces());
    localClasses = new LocalClassCheck(trees, errors);
  }

  /**
   * {@code @Instrument}, and {@code @Generated} so that the classes written here can be claimed:
   * otherwise {@code -Xlint:processing} warns that nobody claimed them in the next round.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(InstrumentAnnotation.CANONICAL_NAME, GENERATED);
  }

  /**
   * The {@code -A} options, and the processor type for Gradle's incremental compilation, which
   * depends on them (see {@link ProcessorOptions#gradleProcessorType}).
   */
  @Override
  public Set<String> getSupportedOptions() {
    Set<String> supported = new HashSet<>(ProcessorOptions.NAMES);
    supported.add(options.gradleProcessorType());
    return Set.copyOf(supported);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      collect(round).forEach((type, methods) -> processType(type, methods, round));
      localClasses.check(round);
      if (round.processingOver() && options.writesIndex()) {
        writeIndex();
      }
      return claims(annotations, round);
    } catch (RuntimeException | LinkageError e) {
      errors.reportError(unexpectedFailure("this compilation", e));
      return false;
    }
  }

  /** Validates and writes one type; its errors are reported, and leave the other types be. */
  private void processType(TypeElement type, List<ExecutableElement> methods,
      RoundEnvironment round) {
    try {
      if (!round.processingOver() && mentionsMissingTypes(methods)) {
        deferred.add(type.getQualifiedName().toString());
        return;
      }
      TypeModel model = validator.validate(type, methods);
      write(writer.write(model), model);
      index.add(model);
    } catch (AbortProcessingException reported) {
      // Its errors are reported on the type and its methods; the other types are still written.
    } catch (RuntimeException | LinkageError e) {
      errors.reportError(type, unexpectedFailure("this type", e));
    }
  }

  private static String unexpectedFailure(String what, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return "tracing4j could not process " + what + " because of an unexpected failure; please"
        + " report it with this trace: " + trace;
  }

  /**
   * Claims {@code @Instrument}, which only this processor acts on, and {@code @Generated} only in
   * a round where every element carrying it was generated here, so that no other processor loses
   * an annotation it cares about.
   */
  private boolean claims(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().contentEquals(GENERATED)) {
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          if (!(element instanceof TypeElement type) || !isGeneratedHere(type)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static boolean isGeneratedHere(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().toString().equals(GENERATED)) {
        return mirror.getElementValues().values().stream()
            .anyMatch(value -> value.toString().contains(InstrumentProcessor.class.getName()));
      }
    }
    return false;
  }

  /** The annotated methods of this round, and those deferred earlier, by type in name order. */
  private Map<TypeElement, List<ExecutableElement>> collect(RoundEnvironment round) {
    Map<TypeElement, List<ExecutableElement>> byType =
        new TreeMap<>(Comparator.comparing(type -> type.getQualifiedName().toString()));
    TypeElement annotation =
        processingEnv.getElementUtils().getTypeElement(InstrumentAnnotation.CANONICAL_NAME);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element.getKind() == ElementKind.METHOD
            && element.getEnclosingElement() instanceof TypeElement type) {
          byType.computeIfAbsent(type, t -> new ArrayList<>()).add((ExecutableElement) element);
        }
      }
    }
    for (String name : List.copyOf(deferred)) {
      deferred.remove(name);
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null && !byType.containsKey(type)) {
        List<ExecutableElement> methods = new ArrayList<>();
        for (Element member : type.getEnclosedElements()) {
          if (member instanceof ExecutableElement method
              && InstrumentAnnotation.find(method).isPresent()) {
            methods.add(method);
          }
        }
        byType.put(type, methods);
      }
    }
    byType.values().forEach(methods -> methods.sort(Comparator.comparingInt(
        method -> method.getEnclosingElement().getEnclosedElements().indexOf(method))));
    return byType;
  }

  private static boolean mentionsMissingTypes(List<ExecutableElement> methods) {
    for (ExecutableElement method : methods) {
      if (isMissing(method.getReturnType())) {
        return true;
      }
      for (VariableElement parameter : method.getParameters()) {
        if (isMissing(parameter.asType())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isMissing(TypeMirror type) {
    return type.getKind() == TypeKind.ERROR;
  }

  /** {@code @Generated} only when the compilation can see it (it lives in java.compiler). */
  private Optional<ClassName> generatedAnnotation() {
    boolean visible = processingEnv.getSourceVersion().compareTo(SourceVersion.RELEASE_8) > 0
        && processingEnv.getElementUtils().getTypeElement(GENERATED) != null;
    return visible ? Optional.of(ClassName.bestGuess(GENERATED)) : Optional.empty();
  }

  /** Writes the generated class; a type that cannot be written is left out of the index. */
  private void write(JavaFile file, TypeModel model) {
    try {
      file.writeTo(processingEnv.getFiler());
    } catch (FilerException e) {
      throw errors.abortWithError(model.element(), "@Instrument cannot generate "
          + model.generatedBinaryName() + ": a type of that name already exists. Rename that"
          + " type, or remove the annotation.");
    } catch (IOException e) {
      throw errors.abortWithError(model.element(), "@Instrument could not write "
          + model.generatedBinaryName() + ": " + e.getMessage());
    }
  }

  private void writeIndex() {
    try {
      index.write(processingEnv.getFiler(), processingEnv.getElementUtils());
    } catch (IOException e) {
      errors.reportError("tracing4j could not write " + InstrumentedIndex.PATH + ": "
          + e.getMessage());
    }
  }
}
