package dev.tracing4j.spring.boot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

/**
 * Which generated class stands in for which original, as the processor wrote it in every {@value
 * #PATH} on the class path: one {@code original generated} pair of binary names per line.
 */
final class InstrumentedClassIndex {

  static final String PATH = "META-INF/tracing4j/instrumented.index";

  private final Map<String, String> generatedByOriginal;

  private InstrumentedClassIndex(Map<String, String> generatedByOriginal) {
    this.generatedByOriginal = generatedByOriginal;
  }

  /**
   * Reads every index {@code classLoader} finds.
   *
   * @throws IllegalStateException naming the file and line of a malformed line, or of an original
   *     that two indexes give different generated classes
   */
  static InstrumentedClassIndex read(ClassLoader classLoader) {
    Map<String, String> generatedByOriginal = new HashMap<>();
    Map<String, URL> foundIn = new HashMap<>();
    try {
      Enumeration<URL> indexes = classLoader.getResources(PATH);
      while (indexes.hasMoreElements()) {
        URL index = indexes.nextElement();
        readOne(index, generatedByOriginal, foundIn);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("tracing4j: cannot read " + PATH + ": " + e.getMessage(), e);
    }
    return new InstrumentedClassIndex(Collections.unmodifiableMap(generatedByOriginal));
  }

  private static void readOne(URL index, Map<String, String> generatedByOriginal,
      Map<String, URL> foundIn) throws IOException {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] names = line.trim().split(" ");
        if (names.length != 2 || names[0].isEmpty() || names[1].isEmpty()) {
          throw new IllegalStateException("tracing4j: line " + number + " of " + index + " is \""
              + line + "\"; expected two binary class names separated by one space, the original"
              + " then its generated class, as the tracing4j processor writes them"
              + " (com.shop.OrderService com.shop.InstrumentedOrderService)");
        }
        String earlier = generatedByOriginal.putIfAbsent(names[0], names[1]);
        if (earlier != null && !earlier.equals(names[1])) {
          throw new IllegalStateException("tracing4j: " + names[0] + " has the generated class "
              + earlier + " in " + foundIn.get(names[0]) + " but " + names[1] + " in " + index
              + " (line " + number + "); the class path holds two builds of the same class:"
              + " keep one");
        }
        foundIn.putIfAbsent(names[0], index);
      }
    }
  }

  /** The generated class of {@code originalBinaryName}, or {@code null} when it has none. */
  String generatedFor(String originalBinaryName) {
    return generatedByOriginal.get(originalBinaryName);
  }

  boolean isEmpty() {
    return generatedByOriginal.isEmpty();
  }

  int size() {
    return generatedByOriginal.size();
  }
}
