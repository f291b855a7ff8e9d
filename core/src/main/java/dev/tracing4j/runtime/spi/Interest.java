package dev.tracing4j.runtime.spi;

/**
 * What a subscriber answers, once, when a callsite registers: whether it will never, sometimes or
 * always want what the callsite records.
 *
 * <p>The callsite caches the answer, so a {@link #NEVER} callsite costs one read and {@link
 * #ALWAYS} skips the per-call {@link Subscriber#enabled} question. {@link #SOMETIMES} means "ask me
 * each time", for decisions that depend on the span context (span-field filter directives).
 *
 * <pre>{@code
 * public Interest registerCallsite(Metadata metadata) {
 *   return Interest.of(metadata.level().compareTo(Level.WARN) >= 0);
 * }
 * }</pre>
 */
public enum Interest {
  NEVER,
  SOMETIMES,
  ALWAYS;

  /** {@link #ALWAYS} when {@code enabled}, otherwise {@link #NEVER}. */
  public static Interest of(boolean enabled) {
    return enabled ? ALWAYS : NEVER;
  }

  /**
   * Combines the interests of two subscribers that must both be served by one callsite cache: equal
   * answers stay as they are, a disagreement gives {@link #SOMETIMES} so that each is asked.
   */
  public Interest and(Interest other) {
    return this == other ? this : SOMETIMES;
  }

  /**
   * Combines the interests of two consumers behind one subscriber (two layers of a registry): the
   * subscriber always wants what either always wants, and never wants what both never want.
   */
  public Interest or(Interest other) {
    if (this == ALWAYS || other == ALWAYS) {
      return ALWAYS;
    }
    return this == NEVER && other == NEVER ? NEVER : SOMETIMES;
  }
}
