package dev.tracing4j.runtime.spi;

/**
 * What a subscriber returns for a new span and receives back for everything that later happens to
 * it. The subscriber chooses the implementation; callers treat it as opaque.
 *
 * <pre>{@code
 * record CountedSpan(long id) implements SpanHandle {}
 * public SpanHandle newSpan(Metadata m, FieldValues f, SpanHandle parent) {
 *   return new CountedSpan(ids.incrementAndGet());
 * }
 * }</pre>
 */
public interface SpanHandle {
  /** A number unique among the spans of this process; never {@code 0}. */
  long id();
}
