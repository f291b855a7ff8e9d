package dev.tracing4j.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class BufferReuseTest {

  private static final int LARGE = 128 * BufferReuse.INITIAL_BYTES;

  @Test
  void aWellUsedBufferIsKept() {
    BufferReuse reuse = new BufferReuse();
    byte[] burst = new byte[LARGE];
    for (int i = 0; i < 3 * BufferReuse.SMALL_BATCHES_BEFORE_SHRINKING; i++) {
      assertSame(burst, reuse.afterWriting(burst, LARGE / 2),
          "under sustained load the writer must not regrow its buffer on every swap");
    }
  }

  @Test
  void aLargeBufferOutlastsAFewMostlyEmptyBatches() {
    BufferReuse reuse = new BufferReuse();
    byte[] burst = new byte[LARGE];
    for (int i = 1; i < BufferReuse.SMALL_BATCHES_BEFORE_SHRINKING; i++) {
      assertSame(burst, reuse.afterWriting(burst, 100));
    }
    assertEquals(BufferReuse.INITIAL_BYTES, reuse.afterWriting(burst, 100).length,
        "a long run of mostly empty batches gives the memory back");
  }

  @Test
  void aWellUsedBatchStartsTheCountAgain() {
    BufferReuse reuse = new BufferReuse();
    byte[] burst = new byte[LARGE];
    for (int i = 1; i < BufferReuse.SMALL_BATCHES_BEFORE_SHRINKING; i++) {
      reuse.afterWriting(burst, 100);
    }
    reuse.afterWriting(burst, LARGE);
    for (int i = 1; i < BufferReuse.SMALL_BATCHES_BEFORE_SHRINKING; i++) {
      assertSame(burst, reuse.afterWriting(burst, 100));
    }
  }

  @Test
  void aBufferOfTheInitialSizeIsAlwaysKept() {
    BufferReuse reuse = new BufferReuse();
    byte[] initial = new byte[BufferReuse.INITIAL_BYTES];
    for (int i = 0; i < 3 * BufferReuse.SMALL_BATCHES_BEFORE_SHRINKING; i++) {
      assertSame(initial, reuse.afterWriting(initial, 0));
    }
  }
}
