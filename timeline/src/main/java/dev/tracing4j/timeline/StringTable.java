package dev.tracing4j.timeline;

import dev.tracing4j.runtime.json.JsonText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every distinct string of a page once, numbered in the order first used. */
final class StringTable {
  private final Map<String, Integer> indexes = new HashMap<>();
  private final List<String> strings = new ArrayList<>();

  int indexOf(String text) {
    Integer index = indexes.get(text);
    if (index == null) {
      index = strings.size();
      indexes.put(text, index);
      strings.add(JsonText.sanitize(text));
    }
    return index;
  }

  List<String> strings() {
    return strings;
  }
}
