package dev.tracing4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * With {@code -Atracing4j.micronaut=true}, the annotations that make a generated subclass the
 * Micronaut bean in place of its original: {@code @Replaces(Original.class)}, and the original's
 * scope and qualifier annotations, which Micronaut does not see on a subclass (they are not
 * {@code @Inherited}):
 *
 * <pre>{@code
 * @Replaces(OrderService.class)
 * @Singleton
 * public class InstrumentedOrderService extends OrderService { ... }
 * }</pre>
 *
 * <p>Decorators of interfaces and abstract classes get none: the one needs the bean it would
 * replace as its delegate, the other is no bean.
 */
final class MicronautReplacement {
  static final String REPLACES = "io.micronaut.context.annotation.Replaces";

  /** Annotations that make an annotation a scope or a qualifier, in both namespaces. */
  private static final Set<String> SCOPE_OR_QUALIFIER = Set.of("jakarta.inject.Scope",
      "jakarta.inject.Qualifier", "javax.inject.Scope", "javax.inject.Qualifier");

  private MicronautReplacement() {}

  static List<AnnotationSpec> annotations(TypeModel model, Types types) {
    if (model.isInterface() || model.isAbstract()) {
      return List.of();
    }
    List<AnnotationSpec> annotations = new ArrayList<>();
    annotations.add(AnnotationSpec.builder(ClassName.bestGuess(REPLACES))
        .addMember("value", "$T.class", TypeName.get(types.erasure(model.element().asType())))
        .build());
    for (AnnotationMirror annotation : model.element().getAnnotationMirrors()) {
      if (isScopeOrQualifier(annotation)) {
        annotations.add(AnnotationSpec.get(annotation));
      }
    }
    return annotations;
  }

  private static boolean isScopeOrQualifier(AnnotationMirror annotation) {
    return annotation.getAnnotationType().asElement().getAnnotationMirrors().stream()
        .map(meta -> ((TypeElement) meta.getAnnotationType().asElement()).getQualifiedName())
        .anyMatch(name -> SCOPE_OR_QUALIFIER.contains(name.toString()));
  }
}
