package dev.tracing4j.runtime.output;

import dev.tracing4j.runtime.internal.FailureReporter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream: stderr, stdout, or one given in code. A stream does not say how much of a failed write
 * it took, so a failed batch counts as lost whole; whether part of it reached the destination is
 * the stream's to tell.
 */
final class StreamSink implements Sink {

  private final OutputStream out;
  private final String description;
  private final boolean standard;

  /** {@code standard}: stderr or stdout, never closed and written directly after close. */
  StreamSink(OutputStream out, String description, boolean standard) {
    this.out = out;
    this.description = description;
    this.standard = standard;
  }

  @Override
  public int write(byte[] bytes, int length, int[] ends, int records) {
    try {
      out.write(bytes, 0, length);
      return records;
    } catch (IOException | RuntimeException failure) {
      FailureReporter.report("writing to " + description, failure);
      return 0;
    }
  }

  @Override
  public boolean takesRecordsAfterClose() {
    return standard;
  }

  @Override
  public void writeDirect(byte[] record, int offset, int length) throws IOException {
    out.write(record, offset, length);
    out.flush();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (standard) {
      out.flush();
    } else {
      out.close();
    }
  }
}
