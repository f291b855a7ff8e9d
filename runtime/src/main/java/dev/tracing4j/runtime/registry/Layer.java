package dev.tracing4j.runtime.registry;

import dev.tracing4j.runtime.spi.FieldValues;

/**
 * One concern of a subscriber (formatting, export) composed over a {@link Registry}. Every method
 * has a default that does nothing, so a layer implements only what it observes.
 *
 * <p>Layers are called on the thread where things happen, concurrently, and only for what their
 * {@link Filter} enabled. A layer that throws is reported once on stderr; the others still run.
 *
 * <pre>{@code
 * final class SlowSpanAlert implements Layer {
 *   public boolean tracksTiming() { return true; }
 *   public void onClose(SpanData span, Context ctx) {
 *     if (span.timing().busyNanos() > 1_000_000_000L) alert(span.name());
 *   }
 * }
 * }</pre>
 */
public interface Layer {

  /**
   * Whether this layer reads {@link SpanData#timing()}. Busy and idle time cost a clock read at
   * every creation, enter, exit and close, so the registry measures them only when one of its
   * layers says yes here.
   */
  default boolean tracksTiming() {
    return false;
  }

  /** A span was created; its fields are in {@code span}. */
  default void onNewSpan(SpanData span, Context ctx) {}

  /** Fields of a span were recorded; they are already merged into {@code span}. */
  default void onRecord(SpanData span, FieldValues values, Context ctx) {}

  /** {@code span} follows from {@code cause} without being its child. */
  default void onFollowsFrom(SpanData span, SpanData cause, Context ctx) {}

  /** An event happened, on the calling thread. */
  default void onEvent(Event event, Context ctx) {}

  /** The calling thread entered {@code span}. */
  default void onEnter(SpanData span, Context ctx) {}

  /** The calling thread exited {@code span}. */
  default void onExit(SpanData span, Context ctx) {}

  /** {@code span} closed; its {@link SpanData#timing()} is final. */
  default void onClose(SpanData span, Context ctx) {}

  /** Writes out anything buffered. */
  default void flush() {}

  /** Flushes and releases resources such as files. */
  default void shutdown() {
    flush();
  }
}
