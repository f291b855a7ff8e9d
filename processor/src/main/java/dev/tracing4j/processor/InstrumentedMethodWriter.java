package dev.tracing4j.processor;

import static dev.tracing4j.processor.RuntimeNames.SCOPE;
import static dev.tracing4j.processor.RuntimeNames.SPAN;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.tracing4j.processor.FieldEntry.Step;
import dev.tracing4j.processor.FieldModel.LiteralField;
import dev.tracing4j.processor.FieldModel.ParameterField;
import dev.tracing4j.processor.FieldModel.PathField;
import dev.tracing4j.processor.MethodModel.Returns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the body of one instrumented override: when the callsite is disabled only the call,
 * otherwise the span with its fields, entered around the call and closed on every path.
 */
final class InstrumentedMethodWriter {

  private final MethodModel method;
  private final MethodSpec.Builder override;
  private final NameAllocator names = new NameAllocator();
  private final CodeBlock call;
  private String failure;

  /**
   * @param override the signature, from {@code MethodSpec.overriding}
   * @param receiver {@code super} for a subclass, {@code this.delegate} for a decorator
   */
  InstrumentedMethodWriter(MethodModel method, MethodSpec.Builder override, String receiver) {
    this.method = method;
    this.override = override;
    MethodSpec signature = override.build();
    for (ParameterSpec parameter : signature.parameters()) {
      names.newName(parameter.name(), parameter.name());
    }
    this.call = CodeBlock.of("$L.$N($L)", receiver, signature.name(),
        signature.parameters().stream().map(ParameterSpec::name).collect(Collectors.joining(", ")));
  }

  MethodSpec write() {
    MethodSpec signature = override.build();
    TypeName returnType = signature.returnType();
    String site = method.constantName();
    override.beginControlFlow("if (!$N.isEnabled())", site);
    if (method.returns() == Returns.VOID) {
      override.addStatement("$L", call).addStatement("return");
    } else {
      override.addStatement("return $L", call);
    }
    override.endControlFlow();

    Map<PathField, String> computed = new LinkedHashMap<>();
    for (FieldModel field : method.fields()) {
      if (field instanceof PathField path) {
        computed.put(path, writePathField(path));
      }
    }
    String span = names.newName("span");
    String scope = names.newName("scope");
    override.addCode(spanStatement(span, computed));
    override.addStatement("$T $N = $N.enter()", SCOPE, scope, span);
    if (method.returns().isAsync()) {
      writeAsyncCall(returnType, span, scope);
    } else {
      writeCall(returnType, span, scope);
    }
    return override.build();
  }

  private CodeBlock spanStatement(String span, Map<PathField, String> computed) {
    if (method.fields().stream().allMatch(f -> f instanceof FieldModel.DeclaredField)) {
      return CodeBlock.of("$T $N = $N.spanBuilder().start();\n", SPAN, span, method.constantName());
    }
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$T $N = $N.spanBuilder()\n", SPAN, span, method.constantName())
        .indent().indent();
    for (FieldModel field : method.fields()) {
      CodeBlock value = fieldValue(field, computed);
      if (value != null) {
        code.add(".field($S, $L)\n", field.name(), value);
      }
    }
    return code.add(".start();\n").unindent().unindent().build();
  }

  /** The value passed for {@code field}, or null for a field declared without a value. */
  private static CodeBlock fieldValue(FieldModel field, Map<PathField, String> computed) {
    if (field instanceof ParameterField parameter) {
      return parameter.kind() == ValueKind.CHAR
          ? CodeBlock.of("$T.valueOf($N)", String.class, parameter.parameter())
          : CodeBlock.of("$N", parameter.parameter());
    }
    if (field instanceof LiteralField literal) {
      return literal(literal);
    }
    if (field instanceof PathField path) {
      return CodeBlock.of("$N", computed.get(path));
    }
    return null; // declared by the callsite, recorded later with Span.record
  }

  private static CodeBlock literal(LiteralField literal) {
    return switch (literal.kind()) {
      case STRING -> CodeBlock.of("$S", literal.value());
      case INTEGER -> CodeBlock.of("$LL", literal.value());
      case FLOAT -> {
        double value = (Double) literal.value();
        yield Double.isInfinite(value)
            ? CodeBlock.of("$T.$L", Double.class, value > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY")
            : CodeBlock.of("$L", Double.toString(value));
      }
      default -> CodeBlock.of("$L", literal.value());
    };
  }

  /**
   * Computes a path field null-safely into an {@code Object} local: a null anywhere along the path
   * records null, and an exception records a placeholder instead of breaking the traced method.
   */
  private String writePathField(PathField field) {
    String local = names.newName(NameAllocator.toJavaIdentifier(camel(field.name())));
    String failure = failureName();
    List<Step> steps = field.steps();
    if (steps.size() == 1) {
      override.addStatement("$T $N", Object.class, local);
      override.beginControlFlow("try");
      override.addStatement("$N = $N == null ? null : $N.$L", local, field.parameter(),
          field.parameter(), steps.get(0));
    } else {
      override.addStatement("$T $N = null", Object.class, local);
      override.beginControlFlow("try");
      String current = field.parameter();
      for (int i = 0; i < steps.size() - 1; i++) {
        override.beginControlFlow("if ($N != null)", current);
        String next = names.newName(steps.get(i).name());
        override.addStatement("var $N = $N.$L", next, current, steps.get(i));
        current = next;
      }
      override.beginControlFlow("if ($N != null)", current);
      override.addStatement("$N = $N.$L", local, current, steps.get(steps.size() - 1));
      for (int i = 0; i < steps.size(); i++) {
        override.endControlFlow();
      }
    }
    override.nextControlFlow("catch ($T $N)", RuntimeException.class, failure);
    override.addStatement("$N = $N.fieldFailed($S, $N)", local, method.constantName(),
        field.name(), failure);
    override.endControlFlow();
    return local;
  }

  /**
   * The name of the exception caught around each path field: one for all of them, since each
   * catch block is its own scope, chosen once so that it hides no parameter or local.
   */
  private String failureName() {
    if (failure == null) {
      failure = names.newName("e");
    }
    return failure;
  }

  private void writeCall(TypeName returnType, String span, String scope) {
    String site = method.constantName();
    override.beginControlFlow("try");
    if (method.returns() == Returns.VOID) {
      override.addStatement("$L", call);
    } else if (method.ret()) {
      String result = names.newName("result");
      override.addStatement("$T $N = $L", returnType, result, call);
      override.addStatement("$N.returned($N, $L)", site, span, method.returnKind() == ValueKind.CHAR
          ? CodeBlock.of("$T.valueOf($N)", String.class, result) : CodeBlock.of("$N", result));
      override.addStatement("return $N", result);
    } else {
      override.addStatement("return $L", call);
    }
    if (method.err()) {
      String error = names.newName("error");
      override.nextControlFlow("catch ($T $N)", Throwable.class, error);
      override.addStatement("$N.failed($N, $N)", site, span, error);
      override.addStatement("throw $N", error);
    }
    override.nextControlFlow("finally");
    override.addStatement("$N.close()", scope);
    override.addStatement("$N.close()", span);
    override.endControlFlow();
  }

  private void writeAsyncCall(TypeName returnType, String span, String scope) {
    String site = method.constantName();
    String result = names.newName("result");
    String error = names.newName("error");
    override.addStatement("$T $N", returnType, result);
    override.beginControlFlow("try");
    override.addStatement("$N = $L", result, call);
    override.nextControlFlow("catch ($T $N)", Throwable.class, error);
    if (method.err()) {
      override.addStatement("$N.failed($N, $N)", site, span, error);
    }
    override.addStatement("$N.close()", scope);
    override.addStatement("$N.close()", span);
    override.addStatement("throw $N", error);
    override.endControlFlow();
    override.addStatement("$N.close()", scope);
    override.addStatement("return $N.$N($N, $N)", site,
        method.returns() == Returns.OTHER_STAGE ? "closeOnCompletion" : "traceCompletion",
        span, result);
  }

  /** {@code customer.id} becomes {@code customerId}. */
  private static String camel(String fieldName) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : fieldName.toCharArray()) {
      if (c == '.') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
