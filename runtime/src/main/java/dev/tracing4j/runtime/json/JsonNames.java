package dev.tracing4j.runtime.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.tracing4j.runtime.spi.FieldValues;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Names and values that repeat on every line (field names, targets, thread names), kept as
 * jackson {@link SerializedString}s so that their quoted UTF-8 form is computed once instead of
 * escaped character by character for each record. The cache is bounded: past its size, strings
 * are encoded every time, as they would be without it.
 */
final class JsonNames {
  private static final int MAX_CACHED = 10_000;
  private static final ConcurrentMap<String, SerializedString> CACHE = new ConcurrentHashMap<>();

  static final SerializableString TIMESTAMP = new SerializedString("timestamp");
  static final SerializableString LEVEL = new SerializedString("level");
  static final SerializableString TARGET = new SerializedString("target");
  static final SerializableString THREAD = new SerializedString("thread");
  static final SerializableString FIELDS = new SerializedString("fields");
  static final SerializableString MESSAGE = new SerializedString(FieldValues.MESSAGE);
  static final SerializableString SPAN = new SerializedString("span");
  static final SerializableString SPANS = new SerializedString("spans");

  private JsonNames() {}

  /** {@code text}, made safe for JSON and serialized once. */
  static SerializableString of(String text) {
    SerializedString cached = CACHE.get(text);
    if (cached == null) {
      cached = new SerializedString(JsonText.sanitize(text));
      if (CACHE.size() < MAX_CACHED) {
        CACHE.put(text, cached);
      }
    }
    return cached;
  }
}
