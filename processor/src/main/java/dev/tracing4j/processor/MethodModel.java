package dev.tracing4j.processor;

import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * One {@code @Instrument} method, validated.
 *
 * @param element the annotated method
 * @param constantName the name of its {@code MethodSite} constant, unique in the generated class
 * @param spanName the span name
 * @param target the span target
 * @param level the name of the {@code Level} constant
 * @param file the source file name, {@code OrderService.java}
 * @param line the source line, or 0 when the compiler tells none
 * @param fields the recorded parameters and {@code fields} entries, in declaration order
 * @param ret whether to record the return value
 * @param err whether to record a thrown exception
 * @param returns what the method returns, which decides the shape of the override
 * @param returnKind how the return value is recorded
 */
record MethodModel(
    ExecutableElement element,
    String constantName,
    String spanName,
    String target,
    String level,
    String file,
    int line,
    List<FieldModel> fields,
    boolean ret,
    boolean err,
    Returns returns,
    ValueKind returnKind) implements TypeModel.Member {

  /** The shapes of return the generated override distinguishes. */
  enum Returns {
    VOID,
    VALUE,
    /** Exactly {@code CompletableFuture<T>}: a traced future replaces the original. */
    COMPLETABLE_FUTURE,
    /** Exactly {@code CompletionStage<T>}: a traced future replaces the original. */
    COMPLETION_STAGE,
    /** A subtype of {@code CompletionStage}: the original is returned, the span closes with it. */
    OTHER_STAGE;

    boolean isAsync() {
      return this == COMPLETABLE_FUTURE || this == COMPLETION_STAGE || this == OTHER_STAGE;
    }
  }
}
