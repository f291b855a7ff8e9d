package dev.tracing4j.processor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * {@code META-INF/tracing4j/instrumented.index}: which generated class stands in for which
 * original, for frameworks that create objects by class (the Spring Boot integration reads every
 * index on the class path). One line per original, the two binary names separated by a space,
 * sorted by the original, UTF-8 and without a date, so the same sources give the same bytes:
 *
 * <pre>
 * com.shop.Inventory com.shop.InstrumentedInventory
 * com.shop.Outer$Inner com.shop.InstrumentedOuter_Inner
 * </pre>
 *
 * <p>It lists the classes generated in every round, so it is written once, in the last one.
 */
final class InstrumentedIndex {
  static final String PATH = "META-INF/tracing4j/instrumented.index";

  /** The generated class of each original, by the original's binary name: sorted as written. */
  private final SortedMap<String, Generated> byOriginal = new TreeMap<>();

  /**
   * @param originalName the original's canonical name, to find it again in the last round:
   *     elements of earlier rounds are not to be kept
   */
  private record Generated(String binaryName, String originalName) {}

  /** Remembers a class written in this round. */
  void add(TypeModel model) {
    byOriginal.put(model.binaryName(), new Generated(model.generatedBinaryName(),
        model.element().getQualifiedName().toString()));
  }

  /**
   * Writes the index to the class output, with every original as an originating element; nothing
   * when no class was generated.
   */
  void write(Filer filer, Elements elements) throws IOException {
    if (byOriginal.isEmpty()) {
      return;
    }
    Element[] originating = byOriginal.values().stream()
        .map(generated -> elements.getTypeElement(generated.originalName()))
        .filter(Objects::nonNull)
        .toArray(Element[]::new);
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH, originating);
    try (OutputStream out = file.openOutputStream()) {
      out.write(content().getBytes(StandardCharsets.UTF_8));
    }
  }

  private String content() {
    StringBuilder lines = new StringBuilder();
    for (Map.Entry<String, Generated> entry : byOriginal.entrySet()) {
      lines.append(entry.getKey()).append(' ').append(entry.getValue().binaryName()).append('\n');
    }
    return lines.toString();
  }
}
