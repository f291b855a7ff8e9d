package dev.tracing4j.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.tracing4j.runtime.spi.FieldValues;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Names and values that repeat on every line (field names, targets, thread names), kept as
 * jackson {@link SerializedString}s so that their quoted UTF-8 form is computed once instead of
 * escaped character by character for each record. The cache is bounded: past its size, strings
 * are encoded every time, as they would be without it.
 *
 * <p>A serialized string is written as it is, past the generator's {@link JsonEscapes}: a text
 * with a character those escape is marked in the cache and written through the generator.
 */
final class JsonNames {
  private static final int MAX_CACHED = 10_000;
  /** Marks a text that only the generator writes safely. */
  private static final SerializedString ESCAPED_BY_GENERATOR = new SerializedString("");
  private static final ConcurrentMap<String, SerializedString> CACHE = new ConcurrentHashMap<>();

  static final SerializableString TIMESTAMP = new SerializedString("timestamp");
  static final SerializableString LEVEL = new SerializedString("level");
  static final SerializableString TARGET = new SerializedString("target");
  static final SerializableString THREAD = new SerializedString("thread");
  static final SerializableString FIELDS = new SerializedString("fields");
  static final SerializableString MESSAGE = new SerializedString(FieldValues.MESSAGE);
  static final SerializableString SPAN = new SerializedString("span");
  static final SerializableString SPANS = new SerializedString("spans");
  static final SerializableString TRACE_ID = new SerializedString("trace_id");
  static final SerializableString SPAN_ID = new SerializedString("span_id");

  private JsonNames() {}

  /** Writes {@code name} as a member name, made safe for JSON. */
  static void writeName(JsonGenerator json, String name) throws IOException {
    SerializedString serialized = serialized(name);
    if (serialized != ESCAPED_BY_GENERATOR) {
      json.writeFieldName(serialized);
    } else {
      json.writeFieldName(JsonText.sanitize(name));
    }
  }

  /** Writes {@code text} as a string value, made safe for JSON. */
  static void writeString(JsonGenerator json, String text) throws IOException {
    SerializedString serialized = serialized(text);
    if (serialized != ESCAPED_BY_GENERATOR) {
      json.writeString(serialized);
    } else {
      json.writeString(JsonText.sanitize(text));
    }
  }

  /** {@code text}, made safe for JSON and serialized once, or {@link #ESCAPED_BY_GENERATOR}. */
  private static SerializedString serialized(String text) {
    SerializedString cached = CACHE.get(text);
    if (cached == null) {
      cached = JsonEscapes.escapesAny(text)
          ? ESCAPED_BY_GENERATOR : new SerializedString(JsonText.sanitize(text));
      if (CACHE.size() < MAX_CACHED) {
        CACHE.put(text, cached);
      }
    }
    return cached;
  }
}
