package dev.tracing4j.runtime.output;

/**
 * Which buffer the background writer fills next, once it has written one out. Under sustained
 * load every batch is large, and a buffer regrown from its initial size on each swap would copy
 * megabytes under the writer's lock, so a written buffer is normally kept. Batch sizes swing with
 * the timing of the threads, so one mostly empty batch says little; only a long run of them means
 * the load has passed, and then the memory goes back. (A writer that falls quiet gives its
 * buffers back as well: {@link OutputWriter}.) Owned by the writer's thread.
 */
final class BufferReuse {

  static final int INITIAL_BYTES = 64 * 1024;
  static final int SMALL_BATCHES_BEFORE_SHRINKING = 100;

  private int smallBatches;

  /** The buffer to fill after {@code batch}, which held {@code written} bytes, was written. */
  byte[] afterWriting(byte[] batch, int written) {
    if (batch.length <= INITIAL_BYTES || written >= batch.length / 8) {
      smallBatches = 0;
      return batch;
    }
    if (++smallBatches < SMALL_BATCHES_BEFORE_SHRINKING) {
      return batch;
    }
    smallBatches = 0;
    return new byte[INITIAL_BYTES];
  }
}
