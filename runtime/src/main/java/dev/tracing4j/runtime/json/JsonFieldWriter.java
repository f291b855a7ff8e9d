package dev.tracing4j.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tracing4j.runtime.format.DisplayValue;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.FieldVisitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Writes field values as JSON members that keep their type: integers and floats as numbers
 * ({@code NaN} and infinities as strings), booleans, {@code null}, strings, and any other object
 * as the string a subscriber prints for it. Every string is made valid UTF-8 first.
 *
 * <pre>{@code
 * generator.writeStartObject();
 * JsonFieldWriter.write(generator, event.fields());
 * generator.writeEndObject();
 * }</pre>
 */
public final class JsonFieldWriter implements FieldVisitor {
  private final JsonGenerator generator;
  private final Set<String> reserved;

  private JsonFieldWriter(JsonGenerator generator, Set<String> reserved) {
    this.generator = generator;
    this.reserved = reserved;
  }

  /** Writes every field with a value as a member of the object being written. */
  public static void write(JsonGenerator generator, FieldValues fields) {
    fields.visit(new JsonFieldWriter(generator, Set.of()));
  }

  /**
   * Writes every field, renaming one whose name is in {@code reserved} to {@code field.<name>}, so
   * that it cannot be confused with a member the caller writes (a span's {@code id} and {@code
   * name}).
   */
  public static JsonFieldWriter writer(JsonGenerator generator, Set<String> reserved) {
    return new JsonFieldWriter(generator, reserved);
  }

  @Override
  public void visitLong(String name, long value) {
    try {
      name(name);
      generator.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void visitDouble(String name, double value) {
    try {
      name(name);
      generator.writeNumber(value); // NaN and infinities as strings (WRITE_NAN_AS_STRINGS)
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void visitBoolean(String name, boolean value) {
    try {
      name(name);
      generator.writeBoolean(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void visitString(String name, String value) {
    try {
      name(name);
      generator.writeString(JsonText.sanitize(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void visitNull(String name) {
    try {
      name(name);
      generator.writeNull();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void visitObject(String name, Object value) {
    visitString(name, DisplayValue.of(value));
  }

  private void name(String name) throws IOException {
    if (!reserved.isEmpty() && reserved.contains(name)) {
      generator.writeFieldName("field." + JsonText.sanitize(name));
    } else {
      generator.writeFieldName(JsonNames.of(name));
    }
  }
}
