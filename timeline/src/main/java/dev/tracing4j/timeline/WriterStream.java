package dev.tracing4j.timeline;

import dev.tracing4j.runtime.output.OutputWriter;
import java.io.OutputStream;

/**
 * An {@link OutputStream} into an {@link OutputWriter}, for writing a page through the writer
 * that opened the configured output. Callers buffer: each write is handed over as one record.
 */
final class WriterStream extends OutputStream {
  private final OutputWriter writer;

  WriterStream(OutputWriter writer) {
    this.writer = writer;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    writer.write(bytes, offset, length);
  }
}
