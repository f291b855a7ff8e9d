package dev.tracing4j.runtime.output;

import dev.tracing4j.runtime.internal.FailureReporter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;

/**
 * A file, written through a channel, which tells how many bytes each write took: when the disk
 * fills up in the middle of a record, the file is truncated back to the end of the last whole
 * record, so that once space returns the next record starts a line of its own.
 */
final class ChannelSink implements Sink {

  /**
   * The channel copies a heap buffer into a direct one of the same size, which the JDK then keeps
   * for the thread: writing in slices keeps that copy small whatever the batch size.
   */
  private static final int SLICE_BYTES = 64 * 1024;

  private final SeekableByteChannel channel;
  private final String description;

  ChannelSink(SeekableByteChannel channel, String description) {
    this.channel = channel;
    this.description = description;
  }

  @Override
  public int write(byte[] bytes, int length, int[] ends, int records) {
    // An interrupt would close the channel for good; nobody interrupts the writer on purpose.
    Thread.interrupted();
    int written = 0;
    try {
      while (written < length) {
        written += channel.write(ByteBuffer.wrap(bytes, written,
            Math.min(SLICE_BYTES, length - written)));
      }
      return records;
    } catch (IOException | RuntimeException failure) {
      FailureReporter.report("writing to " + description, failure);
      int whole = wholeRecordsWithin(ends, records, written);
      int partial = written - (whole == 0 ? 0 : ends[whole - 1]);
      if (partial > 0) {
        cutOff(partial);
      }
      return whole;
    }
  }

  /** Removes the last {@code partial} bytes: the start of a record that did not fit. */
  private void cutOff(int partial) {
    try {
      channel.truncate(channel.position() - partial);
    } catch (IOException | RuntimeException failure) {
      FailureReporter.report("cutting a partial record off " + description, failure);
    }
  }

  private static int wholeRecordsWithin(int[] ends, int records, int written) {
    int index = Arrays.binarySearch(ends, 0, records, written);
    return index >= 0 ? index + 1 : -index - 1;
  }

  @Override
  public boolean takesRecordsAfterClose() {
    return false;
  }

  @Override
  public void writeDirect(byte[] record, int offset, int length) {
    throw new IllegalStateException(description + " takes no record after close");
  }

  @Override
  public void flush() {}

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
