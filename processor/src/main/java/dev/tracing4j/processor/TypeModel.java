package dev.tracing4j.processor;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Everything needed to write one {@code Instrumented*} class, validated: the generator reads only
 * this.
 *
 * @param element the original class or interface, the originating element of the generated file
 * @param binaryName the original's binary name, {@code com.shop.Outer$Inner}
 * @param packageName the package of both
 * @param generatedName {@code InstrumentedOrderService}, {@code InstrumentedOuter_Inner}
 * @param isInterface whether the generated class is a decorator taking a delegate
 * @param isPublic whether the generated class is public
 * @param isAbstract whether the original, and so the generated class, is abstract
 * @param isNonSealed whether the generated class is {@code non-sealed}: the original is sealed
 *     and permits it
 * @param constructors the non-private constructors to repeat (classes only)
 * @param members for a class, the instrumented methods; for an interface, every method to
 *     implement, instrumented or delegated, in a stable order
 */
record TypeModel(
    TypeElement element,
    String binaryName,
    String packageName,
    String generatedName,
    boolean isInterface,
    boolean isPublic,
    boolean isAbstract,
    boolean isNonSealed,
    List<ExecutableElement> constructors,
    List<Member> members) {

  /** The generated class's binary name, {@code com.shop.InstrumentedOuter_Inner}. */
  String generatedBinaryName() {
    return packageName.isEmpty() ? generatedName : packageName + "." + generatedName;
  }

  /** A method of the generated class: instrumented, or (interfaces) only delegated. */
  sealed interface Member permits MethodModel, DelegatedMethod {
    ExecutableElement element();
  }

  /** An interface method without {@code @Instrument}: the decorator calls the delegate. */
  record DelegatedMethod(ExecutableElement element) implements Member {}
}
