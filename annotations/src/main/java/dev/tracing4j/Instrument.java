package dev.tracing4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records every invocation of the annotated method as a span.
 *
 * <p>The tracing4j annotation processor generates, for a class {@code com.shop.OrderService}, a
 * subclass {@code com.shop.InstrumentedOrderService} that overrides each annotated method: the
 * override opens a span named after the method, with one field per parameter, enters it around the
 * call and closes it when the call returns or throws. For an interface it generates a decorator
 * that takes the delegate in its constructor. Construct the generated class where you constructed
 * the original; nothing is looked up reflectively at run time.
 *
 * <pre>{@code
 * public class OrderService {
 *   @Instrument(skip = "card", fields = "customer.id = customer.id()", ret = true)
 *   public Receipt place(long orderId, Customer customer, String card) { ... }
 * }
 *
 * OrderService service = new InstrumentedOrderService();
 * service.place(42, customer, card);   // span "place" with fields orderId=42 customer.id=...
 * }</pre>
 *
 * <p>A method returning {@code CompletionStage<T>} or {@code CompletableFuture<T>} is traced as
 * asynchronous work: its span stays open until the returned stage completes.
 *
 * <p>The annotated method must be overridable: neither {@code private}, {@code static} nor {@code
 * final}, in a class that is not {@code final}, has a non-private constructor and is not a
 * non-static inner class. The processor reports any other use as a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Instrument {

  /** The span name; the method's name when empty. */
  String name() default "";

  /**
   * The span target, the unit that filter directives match; the enclosing class's binary name
   * (for example {@code com.shop.OrderService}) when empty.
   */
  String target() default "";

  /** The span level; {@link Level#INFO} by default. */
  Level level() default Level.INFO;

  /** Names of parameters not recorded as fields, for example secrets or large payloads. */
  String[] skip() default {};

  /** When true, no parameter is recorded as a field. */
  boolean skipAll() default false;

  /**
   * Extra fields, each {@code "name = expression"} or a bare {@code "name"} declaring a field to be
   * filled later with {@code Span.current().record(name, value)}.
   *
   * <p>An expression is a parameter name followed by zero or more {@code .member} steps, each a
   * no-argument method call {@code name()} or an accessible field, or a Java literal (a string, a
   * number, {@code true} or {@code false}). Field names may contain dots: {@code "order.id =
   * order.id()"}.
   */
  String[] fields() default {};

  /** When true, a normal return records an event at the span's level with field {@code return}. */
  boolean ret() default false;

  /**
   * When true, a thrown exception (or an exceptional completion of an asynchronous method) records
   * an {@code ERROR} event with field {@code error} holding the exception's {@code toString()}.
   */
  boolean err() default false;
}
