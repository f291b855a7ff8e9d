package dev.tracing4j.runtime.output;

import java.io.IOException;

/**
 * What an {@link Output} opens: where the writer's thread puts whole records. A failed write is
 * reported (once per kind) and leaves no part of a record behind where the destination allows
 * cutting it off, so the next record starts on a record boundary.
 */
interface Sink {

  /**
   * Writes the first {@code length} bytes of {@code bytes}, made of {@code records} records whose
   * ends are {@code ends[0..records)}; returns how many of them were written whole, in order.
   */
  int write(byte[] bytes, int length, int[] ends, int records);

  /** Whether records arriving after the writer closed are still written: stderr and stdout. */
  boolean takesRecordsAfterClose();

  /** Writes one record at once, bypassing the writer: after close, for the standard streams. */
  void writeDirect(byte[] record, int offset, int length) throws IOException;

  /** Hands what was written to the destination (a no-op where nothing is buffered). */
  void flush() throws IOException;

  /** Closes the destination, or only flushes it for the standard streams. */
  void close() throws IOException;
}
