package dev.tracing4j.runtime.registry;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Span ids, unique for the life of the process across all registries and never reused. Each
 * thread takes a block of ids from one shared counter and hands them out on its own, so threads
 * creating spans at once do not contend for one cache line on every span (the shared counter
 * cost two threads most of their scaling). Ids therefore increase per thread, not globally.
 */
final class SpanIds {

  /** Ids a thread takes at once: the shared counter is written once per this many spans. */
  static final int BLOCK = 1024;

  private static final AtomicLong NEXT_BLOCK = new AtomicLong();
  private static final ThreadLocal<Block> BLOCKS = ThreadLocal.withInitial(Block::new);

  private SpanIds() {}

  /** The calling thread's remaining ids: {@code next} up to, not including, {@code end}. */
  private static final class Block {
    long next;
    long end;
  }

  /** A new id, never 0 (a disabled span's id). */
  static long next() {
    Block block = BLOCKS.get();
    if (block.next == block.end) {
      long start = NEXT_BLOCK.getAndAdd(BLOCK);
      block.next = start + 1;
      block.end = start + 1 + BLOCK;
    }
    return block.next++;
  }
}
