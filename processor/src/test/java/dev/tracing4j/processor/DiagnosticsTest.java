package dev.tracing4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Each misuse is one compile error, with this exact message, on the offending element. */
class DiagnosticsTest {

  private static JavaFileObject source(String... lines) {
    String[] all = new String[lines.length + 3];
    all[0] = "package com.shop;";
    all[1] = "import dev.tracing4j.Instrument;";
    all[2] = "import java.util.concurrent.CompletableFuture;";
    System.arraycopy(lines, 0, all, 3, lines.length);
    return JavaFileObjects.forSourceLines("com.shop.OrderService", all);
  }

  private static void assertOnlyError(JavaFileObject source, String onLineContaining,
      String message) {
    Compilation compilation = GeneratedSourceTest.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source)
        .onLineContaining(onLineContaining);
    assertEquals(message, compilation.errors().get(0).getMessage(Locale.ROOT));
  }

  @Test
  void finalMethod() {
    assertOnlyError(source(
        "public class OrderService {",
        "  @Instrument public final void place() {}",
        "}"),
        "final void place",
        "@Instrument cannot be applied to final method 'place': the generated subclass must"
            + " override it. Remove 'final' or the annotation.");
  }

  @Test
  void privateMethod() {
    assertOnlyError(source(
        "public class OrderService {",
        "  @Instrument private void place() {}",
        "}"),
        "private void place",
        "@Instrument cannot be applied to private method 'place': the generated subclass must"
            + " override it. Make it non-private or remove the annotation.");
  }

  @Test
  void staticMethod() {
    assertOnlyError(source(
        "public class OrderService {",
        "  @Instrument static void place() {}",
        "}"),
        "static void place",
        "@Instrument cannot be applied to static method 'place': the generated subclass can only"
            + " override instance methods. Make it an instance method or remove the annotation.");
  }

  @Test
  void staticInterfaceMethod() {
    assertOnlyError(source(
        "public interface OrderService {",
        "  @Instrument static void place() {}",
        "}"),
        "static void place",
        "@Instrument cannot be applied to static method 'place': the generated subclass can only"
            + " override instance methods. Make it an instance method or remove the annotation.");
  }

  @Test
  void abstractMethodOfAClass() {
    assertOnlyError(source(
        "public abstract class OrderService {",
        "  @Instrument public abstract void place();",
        "}"),
        "abstract void place",
        "@Instrument cannot be applied to abstract method 'place': there is no implementation to"
            + " wrap. Annotate the method that implements it instead.");
  }

  @Test
  void methodOfAFinalClass() {
    assertOnlyError(source(
        "public final class OrderService {",
        "  @Instrument public void place() {}",
        "}"),
        "final class OrderService",
        "@Instrument cannot be applied to methods of final class 'OrderService': the generated"
            + " subclass must extend it. Remove 'final' from the class or the annotation.");
  }

  @Test
  void sealedClassThatDoesNotPermitTheGeneratedSubclass() {
    assertOnlyError(source(
        "public sealed class OrderService permits Express {",
        "  @Instrument public void place() {}",
        "}",
        "final class Express extends OrderService {}"),
        "sealed class OrderService",
        "@Instrument cannot be applied to methods of sealed class 'OrderService' unless it"
            + " permits the generated subclass: add InstrumentedOrderService to its permits clause"
            + " (it is generated non-sealed) or remove the annotation.");
  }

  @Test
  void sealedInterfaceThatDoesNotPermitTheDecorator() {
    assertOnlyError(source(
        "public sealed interface OrderService {",
        "  @Instrument void place();",
        "  final class Local implements OrderService { public void place() {} }",
        "}"),
        "sealed interface OrderService",
        "@Instrument cannot be applied to methods of sealed interface 'OrderService' unless it"
            + " permits the generated decorator: add InstrumentedOrderService to its permits"
            + " clause (it is generated non-sealed) or remove the annotation.");
  }

  @Test
  void classWithoutANonPrivateConstructor() {
    assertOnlyError(source(
        "public class OrderService {",
        "  private OrderService() {}",
        "  @Instrument public void place() {}",
        "}"),
        "public class OrderService",
        "@Instrument cannot be applied to methods of class 'OrderService', which has no"
            + " non-private constructor: the generated subclass must call one. Add a non-private"
            + " constructor or remove the annotation.");
  }

  @Test
  void nonStaticInnerClass() {
    assertOnlyError(source(
        "public class OrderService {",
        "  public class Line {",
        "    @Instrument public void price() {}",
        "  }",
        "}"),
        "class Line",
        "@Instrument cannot be applied to methods of inner class 'Line': the generated class"
            + " cannot extend a non-static inner class. Make 'Line' static or remove the"
            + " annotation.");
  }

  /**
   * javac shows local classes to no processor and runs this one only for {@code @Instrument} it
   * can see, so the check needs one elsewhere in the compilation, as a real project has.
   */
  @Test
  void localClass() {
    assertOnlyError(source(
        "public class OrderService {",
        "  @Instrument public void place() {}",
        "  public Runnable task() {",
        "    class Task implements Runnable {",
        "      @Instrument public void run() {}",
        "    }",
        "    return new Task();",
        "  }",
        "}"),
        "@Instrument public void run",
        "@Instrument cannot be applied to methods of local class 'Task': no class can be"
            + " generated to extend it outside the method that declares it. Make it a static"
            + " nested class or remove the annotation.");
  }

  @Test
  void anonymousClassAndClassesNestedInIt() {
    Compilation compilation = GeneratedSourceTest.compile(source(
        "public class OrderService {",
        "  @Instrument public void place() {}",
        "  public Runnable task() {",
        "    return new Runnable() {",
        "      @dev.tracing4j.Instrument public void run() {}",
        "      class Step { @Instrument void go() {} }",
        "    };",
        "  }",
        "}"));
    assertThat(compilation).hadErrorCount(2);
    String message = "@Instrument cannot be applied to methods of an anonymous class: no class"
        + " can be generated to extend it. Make it a static nested class or remove the"
        + " annotation.";
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertEquals(message, error.getMessage(Locale.ROOT));
    }
    assertEquals(List.of(8L, 9L),
        compilation.errors().stream().map(Diagnostic::getLineNumber).toList());
  }

  @Test
  void anotherAnnotationNamedInstrumentInALocalClassIsNotOurs() {
    Compilation compilation = GeneratedSourceTest.compile(
        JavaFileObjects.forSourceLines("com.shop.Instrument",
            "package com.shop;",
            "public @interface Instrument {}"),
        JavaFileObjects.forSourceLines("com.shop.OrderService",
            "package com.shop;",
            "public class OrderService {",
            "  @dev.tracing4j.Instrument public void place() {}",
            "  public Runnable task() {",
            "    return new Runnable() { @Instrument public void run() {} };",
            "  }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void privateNestedClass() {
    assertOnlyError(source(
        "public class OrderService {",
        "  private static class Line {",
        "    @Instrument public void price() {}",
        "  }",
        "}"),
        "class Line",
        "@Instrument cannot be applied to methods of private class 'Line': the generated class"
            + " must extend it from outside. Make 'Line' package-private or wider, or remove the"
            + " annotation.");
  }

  @Test
  void record() {
    assertOnlyError(source(
        "public record OrderService(long id) {",
        "  @Instrument public long total() { return id; }",
        "}"),
        "record OrderService",
        "@Instrument cannot be applied to methods of record 'OrderService': the generated class"
            + " cannot extend it. Move the methods to a class or remove the annotation.");
  }

  @Test
  void enumType() {
    assertOnlyError(source(
        "public enum OrderService {",
        "  INSTANCE;",
        "  @Instrument public void place() {}",
        "}"),
        "enum OrderService",
        "@Instrument cannot be applied to methods of enum 'OrderService': the generated subclass"
            + " cannot extend an enum. Move the methods to a class or remove the annotation.");
  }

  @Test
  void unknownNameInSkip() {
    assertOnlyError(source(
        "public class OrderService {",
        "  @Instrument(skip = {\"orderId\",",
        "      \"card\"})",
        "  public void place(long orderId, String customer) {}",
        "}"),
        "\"card\"",
        "@Instrument skip names 'card', which is not a parameter of 'place' (parameters: orderId,"
            + " customer). Remove it or fix the name.");
  }

  @Test
  void malformedFieldsEntry() {
    assertOnlyError(source(
        "public class OrderService {",
        "  @Instrument(fields = \"= orderId\")",
        "  public void place(long orderId) {}",
        "}"),
        "fields = ",
        "@Instrument fields entry '= orderId' is malformed: the field name is missing. Write"
            + " \"name = expression\" or \"name\".");
  }

  @Test
  void fieldsEntryWithAnInvalidName() {
    assertOnlyError(source(
        "public class OrderService {",
        "  @Instrument(fields = \"order..id = orderId\")",
        "  public void place(long orderId) {}",
        "}"),
        "fields = ",
        "@Instrument fields entry 'order..id = orderId' is malformed: 'order..id' is not a field"
            + " name: use Java identifiers joined by dots, such as order.id. Write \"name ="
            + " expression\" or \"name\".");
  }

  @Test
  void fieldsExpressionWithArguments() {
    assertOnlyError(source(
        "public class OrderService {",
        "  @Instrument(fields = \"first = items.get(0)\")",
        "  public void place(java.util.List<String> items) {}",
        "}"),
        "fields = ",
        "@Instrument fields entry 'first = items.get(0)' is malformed: 'get(0)' in 'items.get(0)'"
            + " is not a call without arguments. Write \"name = expression\" or \"name\".");
  }

  @Test
  void fieldsExpressionNamingAMissingMethod() {
    assertOnlyError(source(
        "public class OrderService {",
        "  public static class Customer { public String id() { return \"c\"; } }",
        "  @Instrument(fields = \"customer.id = customer.idd()\")",
        "  public void place(Customer customer) {}",
        "}"),
        "fields = ",
        "@Instrument fields entry 'customer.id = customer.idd()' does not resolve:"
            + " com.shop.OrderService.Customer has no accessible no-argument method 'idd()'. Start"
            + " with a parameter name followed by no-argument methods or accessible fields, or"
            + " write a literal.");
  }

  @Test
  void fieldsExpressionStartingWithAnUnknownName() {
    assertOnlyError(source(
        "public class OrderService {",
        "  @Instrument(fields = \"who = user.name()\")",
        "  public void place(long orderId, String customer) {}",
        "}"),
        "fields = ",
        "@Instrument fields entry 'who = user.name()' does not resolve: 'user' is not a parameter"
            + " of 'place' (parameters: orderId, customer). Start with a parameter name followed by"
            + " no-argument methods or accessible fields, or write a literal.");
  }

  @Test
  void fieldsExpressionOnAPrimitive() {
    assertOnlyError(source(
        "public class OrderService {",
        "  @Instrument(fields = \"x = orderId.value()\")",
        "  public void place(long orderId) {}",
        "}"),
        "fields = ",
        "@Instrument fields entry 'x = orderId.value()' does not resolve: 'orderId' is a long,"
            + " which has no members. Start with a parameter name followed by no-argument methods"
            + " or accessible fields, or write a literal.");
  }

  @Test
  void fieldsExpressionThroughAPrivateField() {
    assertOnlyError(source(
        "public class OrderService {",
        "  public static class Customer { private String id; }",
        "  @Instrument(fields = \"customer.id = customer.id\")",
        "  public void place(Customer customer) {}",
        "}"),
        "fields = ",
        "@Instrument fields entry 'customer.id = customer.id' does not resolve:"
            + " com.shop.OrderService.Customer has no accessible field 'id' (write id() for a"
            + " method). Start with a parameter name followed by no-argument methods or accessible"
            + " fields, or write a literal.");
  }

  @Test
  void fieldsExpressionThroughAVoidMethod() {
    assertOnlyError(source(
        "public class OrderService {",
        "  public static class Customer { public void touch() {} }",
        "  @Instrument(fields = \"t = customer.touch()\")",
        "  public void place(Customer customer) {}",
        "}"),
        "fields = ",
        "@Instrument fields entry 't = customer.touch()' does not resolve: 'touch()' of"
            + " com.shop.OrderService.Customer returns void. Start with a parameter name followed"
            + " by no-argument methods or accessible fields, or write a literal.");
  }

  @Test
  void fieldsEntryRepeatingAParameterField() {
    assertOnlyError(source(
        "public class OrderService {",
        "  @Instrument(fields = \"orderId = 7\")",
        "  public void place(long orderId) {}",
        "}"),
        "fields = ",
        "@Instrument fields entry 'orderId = 7' repeats the field 'orderId' recorded for the"
            + " parameter of that name. Rename the field or add 'orderId' to skip.");
  }

  @Test
  void fieldsEntryRepeatingAnEarlierEntry() {
    assertOnlyError(source(
        "public class OrderService {",
        "  @Instrument(fields = {\"region = \\\"eu\\\"\",",
        "      \"region\"})",
        "  public void place(long orderId) {}",
        "}"),
        "\"region\"})",
        "@Instrument fields entry 'region' repeats the field 'region' declared by an earlier"
            + " entry. Give each field one entry.");
  }

  @Test
  void aSkippedParameterMayBeRecordedUnderItsOwnNameThroughFields() {
    Compilation compilation = GeneratedSourceTest.compile(source(
        "public class OrderService {",
        "  @Instrument(skip = \"card\", fields = \"card = \\\"****\\\"\")",
        "  public void place(String card) {}",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void everyProblemOfATypeIsReported() {
    Compilation compilation = GeneratedSourceTest.compile(source(
        "public class OrderService {",
        "  @Instrument public final void a() {}",
        "  @Instrument private void b() {}",
        "  @Instrument(skip = \"x\") public void c() {}",
        "}"));
    assertThat(compilation).hadErrorCount(3);
    List<String> lines = compilation.errors().stream()
        .map(Diagnostic::getLineNumber).map(String::valueOf).toList();
    assertEquals(List.of("5", "6", "7"), lines);
  }

  @Test
  void aTypeOfTheGeneratedNameThatAlreadyExists() {
    JavaFileObject original = source(
        "public class OrderService {",
        "  @Instrument public void place() {}",
        "}");
    JavaFileObject taken = JavaFileObjects.forSourceLines("com.shop.InstrumentedOrderService",
        "package com.shop;",
        "public class InstrumentedOrderService {}");
    Compilation compilation = GeneratedSourceTest.compile(original, taken);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    String message = "@Instrument cannot generate com.shop.InstrumentedOrderService: a type of that"
        + " name already exists. Rename that type, or remove the annotation.";
    assertThat(compilation).hadErrorContaining(message).inFile(original)
        .onLineContaining("public class OrderService");
    assertEquals(message, compilation.errors().get(0).getMessage(Locale.ROOT));
  }
}
