package dev.tracing4j.runtime.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.tracing4j.runtime.format.StructuralNames;
import dev.tracing4j.runtime.format.UtcTimestamp;
import dev.tracing4j.runtime.output.OutputWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A JSON generator and byte buffer per thread, reused record after record so that writing an
 * event allocates little: take a {@link Line}, write one value, {@link Line#writeTo} a writer.
 *
 * <pre>{@code
 * JsonLines.write(writer, JsonLines.NEWLINE, json -> {
 *   json.writeStartObject();
 *   ...
 *   json.writeEndObject();
 * });
 * }</pre>
 */
public final class JsonLines {

  /** Ends a record of newline-delimited JSON. */
  public static final byte[] NEWLINE = {'\n'};

  static final JsonFactory FACTORY = factory();
  private static final ThreadLocal<Line> LINES = new ThreadLocal<>();
  private static final int RETAINED_CAPACITY = 64 * 1024;

  private JsonLines() {}

  /**
   * Works with jackson-core 2.10 and newer, since an application's build often settles on an older
   * one than ours.
   */
  private static JsonFactory factory() {
    JsonFactoryBuilder builder = new JsonFactoryBuilder()
        .rootValueSeparator((String) null)
        .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
        .characterEscapes(JsonEscapes.INSTANCE);
    try {
      builder.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    } catch (NoSuchFieldError before218) {
      // jackson-core before 2.18 writes a character outside the BMP as a pair of escaped
      // surrogates: valid JSON that reads back the same, only longer.
    }
    return builder.build();
  }

  /** Writes one JSON value with a generator. */
  @FunctionalInterface
  public interface Record {
    void write(JsonGenerator json) throws IOException;
  }

  /** Writes one record with {@code body} and hands it, followed by {@code suffix}, to a writer. */
  public static void write(OutputWriter writer, byte[] suffix, Record body) {
    try (Line line = start()) {
      body.write(line.generator());
      line.writeTo(writer, suffix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of one record written with {@code body}, followed by {@code suffix}. */
  public static byte[] bytes(byte[] suffix, Record body) {
    try (Line line = start()) {
      body.write(line.generator());
      return line.toByteArray(suffix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The thread's line, or a fresh one if a value being written is writing a record itself. */
  public static Line start() {
    Line line = LINES.get();
    if (line == null || line.inUse) {
      Line fresh = new Line();
      if (line == null) {
        LINES.set(fresh);
      }
      line = fresh;
    }
    line.inUse = true;
    line.written = false;
    return line;
  }

  /** One record being written. Close it (try-with-resources) whatever happens. */
  public static final class Line implements AutoCloseable {
    private final Bytes bytes = new Bytes();
    private final JsonGenerator generator;
    /** Room for a timestamp, reused so that a record's timestamp allocates nothing. */
    final char[] timestamp = new char[UtcTimestamp.LENGTH];
    /** Writes an event's fields to this line's generator; made once per line. */
    final JsonFieldWriter fields;
    private boolean inUse;
    private boolean written;

    private Line() {
      try {
        generator = FACTORY.createGenerator(bytes, JsonEncoding.UTF8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      fields = JsonFieldWriter.writer(generator, StructuralNames.EVENT);
    }

    /** The generator; write exactly one root value. */
    public JsonGenerator generator() {
      return generator;
    }

    /** Hands the record, followed by {@code suffix}, to {@code writer} as one write. */
    public void writeTo(OutputWriter writer, byte[] suffix) {
      try {
        generator.flush();
        bytes.write(suffix);
        writer.write(bytes.array, 0, bytes.count);
        written = true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The record's bytes, followed by {@code suffix}. */
    public byte[] toByteArray(byte[] suffix) {
      try {
        generator.flush();
        bytes.write(suffix);
        written = true;
        return Arrays.copyOf(bytes.array, bytes.count);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Frees the line for the next record. A record that failed half-way leaves the generator in
     * the middle of a value, so the line is then discarded instead of reused.
     */
    @Override
    public void close() {
      inUse = false;
      bytes.reset();
      if (!written && LINES.get() == this) {
        LINES.remove();
      }
    }
  }

  /** A byte buffer whose array can be handed to a writer without a copy. */
  private static final class Bytes extends OutputStream {
    private byte[] array = new byte[1024];
    private int count;

    @Override
    public void write(int b) {
      ensure(1);
      array[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      ensure(len);
      System.arraycopy(b, off, array, count, len);
      count += len;
    }

    void reset() {
      count = 0;
      if (array.length > RETAINED_CAPACITY) {
        array = new byte[1024];
      }
    }

    private void ensure(int extra) {
      if (count + extra > array.length) {
        array = Arrays.copyOf(array, Math.max(count + extra, array.length * 2));
      }
    }
  }
}
