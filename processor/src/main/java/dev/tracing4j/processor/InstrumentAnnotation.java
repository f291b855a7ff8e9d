package dev.tracing4j.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * The attributes of one {@code @Instrument}, read from its mirror so that errors can point at the
 * exact annotation value.
 */
record InstrumentAnnotation(
    AnnotationMirror mirror,
    String name,
    String target,
    String level,
    List<Entry> skip,
    boolean skipAll,
    List<Entry> fields,
    boolean ret,
    boolean err) {

  static final String CANONICAL_NAME = "dev.tracing4j.Instrument";

  /** One string of an array attribute, with its value for error positions. */
  record Entry(String text, AnnotationValue value) {}

  /** The {@code @Instrument} on {@code method}, if it carries one. */
  static Optional<AnnotationMirror> find(ExecutableElement method) {
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().toString().equals(CANONICAL_NAME)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  static InstrumentAnnotation read(AnnotationMirror mirror, Elements elements) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        elements.getElementValuesWithDefaults(mirror);
    String name = "";
    String target = "";
    String level = "INFO";
    List<Entry> skip = List.of();
    boolean skipAll = false;
    List<Entry> fields = List.of();
    boolean ret = false;
    boolean err = false;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : values.entrySet()) {
      AnnotationValue value = entry.getValue();
      switch (entry.getKey().getSimpleName().toString()) {
        case "name" -> name = (String) value.getValue();
        case "target" -> target = (String) value.getValue();
        case "level" -> level = ((VariableElement) value.getValue()).getSimpleName().toString();
        case "skip" -> skip = entries(value);
        case "skipAll" -> skipAll = (Boolean) value.getValue();
        case "fields" -> fields = entries(value);
        case "ret" -> ret = (Boolean) value.getValue();
        case "err" -> err = (Boolean) value.getValue();
        default -> { } // an attribute added to the annotation later than this processor
      }
    }
    return new InstrumentAnnotation(mirror, name, target, level, skip, skipAll, fields, ret, err);
  }

  private static List<Entry> entries(AnnotationValue array) {
    List<Entry> entries = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> values = (List<? extends AnnotationValue>) array.getValue();
    for (AnnotationValue value : values) {
      entries.add(new Entry((String) value.getValue(), value));
    }
    return entries;
  }
}
