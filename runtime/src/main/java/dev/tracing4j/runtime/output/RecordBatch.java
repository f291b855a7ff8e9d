package dev.tracing4j.runtime.output;

import java.util.Arrays;

/**
 * Records copied one after another into one array, with the offset where each ends, so that a
 * write that fails half-way can be cut back to the last whole record and the records lost
 * counted. Filled under the writer's lock, written by the writer's thread alone.
 */
final class RecordBatch {

  private static final int INITIAL_RECORDS = 1024;

  byte[] bytes;
  int length;
  /** {@code ends[i]} is the offset just past record {@code i}. */
  int[] ends = new int[INITIAL_RECORDS];
  int records;

  RecordBatch(int initialBytes) {
    bytes = new byte[initialBytes];
  }

  void append(byte[] record, int offset, int recordLength) {
    if (length + recordLength > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(length + recordLength, bytes.length * 2));
    }
    System.arraycopy(record, offset, bytes, length, recordLength);
    length += recordLength;
    if (records == ends.length) {
      ends = Arrays.copyOf(ends, records * 2);
    }
    ends[records++] = length;
  }

  boolean isEmpty() {
    return records == 0;
  }

  /** Empties the batch, keeping its arrays unless {@code bytesToKeep} is a smaller array. */
  void clear(byte[] bytesToKeep) {
    length = 0;
    records = 0;
    if (bytesToKeep != bytes) {
      bytes = bytesToKeep;
      if (ends.length > INITIAL_RECORDS) {
        ends = new int[INITIAL_RECORDS];
      }
    }
  }
}
