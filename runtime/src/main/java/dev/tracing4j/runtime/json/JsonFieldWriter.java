package dev.tracing4j.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tracing4j.runtime.spi.DisplayValue;
import dev.tracing4j.runtime.format.StructuralNames;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.FieldVisitor;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes field values as JSON members that keep their type: integers and floats as numbers
 * ({@code NaN} and infinities as strings), booleans, {@code null}, strings, and any other object
 * as the string a subscriber prints for it. Every string is made valid UTF-8 first. An event's
 * message is the member {@code message}; a field whose name is one the caller writes itself in
 * the same object is written as {@code field.<name>} (see {@link StructuralNames}).
 *
 * <pre>{@code
 * generator.writeStartObject();
 * generator.writeStringField("level", "INFO");
 * JsonFieldWriter.write(generator, event.fields(), StructuralNames.CHROME_EVENT);
 * generator.writeEndObject();
 * }</pre>
 */
public final class JsonFieldWriter implements FieldVisitor {
  private final JsonGenerator generator;
  private final StructuralNames structural;

  private JsonFieldWriter(JsonGenerator generator, StructuralNames structural) {
    this.generator = generator;
    this.structural = structural;
  }

  /**
   * Writes the message and every field with a value as members of the object being written, in
   * which the caller writes the {@code structural} names.
   */
  public static void write(JsonGenerator generator, FieldValues fields,
      StructuralNames structural) {
    fields.visit(new JsonFieldWriter(generator, structural));
  }

  /** A writer to visit fields with, for an object in which the caller writes {@code structural}. */
  public static JsonFieldWriter writer(JsonGenerator generator, StructuralNames structural) {
    return new JsonFieldWriter(generator, structural);
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

  @Override
  public void visitMessage(String message) {
    try {
      generator.writeFieldName(JsonNames.MESSAGE);
      generator.writeString(JsonText.sanitize(message));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void name(String name) throws IOException {
    if (structural.isRenamed(name)) {
      generator.writeFieldName(StructuralNames.PREFIX + JsonText.sanitize(name));
    } else {
      JsonNames.writeName(generator, name);
    }
  }
}
