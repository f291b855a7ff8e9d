package dev.tracing4j.processor;

import com.palantir.javapoet.ClassName;

/** The runtime classes generated code refers to; the processor does not depend on the runtime. */
final class RuntimeNames {
  static final ClassName LEVEL = ClassName.get("dev.tracing4j", "Level");
  static final ClassName SPAN = ClassName.get("dev.tracing4j.runtime", "Span");
  static final ClassName SCOPE = ClassName.get("dev.tracing4j.runtime", "Scope");
  static final ClassName METHOD_SITE = ClassName.get("dev.tracing4j.runtime.instrument", "MethodSite");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

  private RuntimeNames() {}
}
