package dev.tracing4j.processor;

import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** How a value is recorded, which decides the runtime overload the generated code calls. */
enum ValueKind {
  /** {@code long}, {@code int}, {@code short}, {@code byte}. */
  INTEGER,
  /** {@code double}, {@code float}. */
  FLOAT,
  BOOLEAN,
  /** {@code char}: recorded as a one-character string, not as its code. */
  CHAR,
  STRING,
  /** Any reference: strings, boxed numbers and the rest, sorted out at run time. */
  OBJECT;

  static ValueKind of(TypeMirror type) {
    return switch (type.getKind()) {
      case LONG, INT, SHORT, BYTE -> INTEGER;
      case DOUBLE, FLOAT -> FLOAT;
      case BOOLEAN -> BOOLEAN;
      case CHAR -> CHAR;
      default -> type.getKind() == TypeKind.DECLARED
          && type.toString().equals("java.lang.String") ? STRING : OBJECT;
    };
  }
}
