package dev.tracing4j.runtime.spi;

/**
 * Records spans and events. One subscriber is the global default; a thread may install another for
 * a while (see {@code Tracing.withDefault}).
 *
 * <p>The shape follows Rust's {@code tracing-core}: a subscriber is asked once per callsite
 * ({@link #registerCallsite}) and the answer is cached, so callsites it never wants cost nothing.
 * For callsites it sometimes wants, {@link #enabled} is asked before each span or event. Spans are
 * identified by the {@link SpanHandle} the subscriber returns from {@link #newSpan}.
 *
 * <p>Calls come from any thread, concurrently. A subscriber should not throw: if it does, the
 * caller reports the failure once on stderr and goes on, so the instrumented program never breaks
 * because of tracing.
 *
 * <p>Most subscribers are a {@code Registry} of {@code tracing4j-runtime} with layers; implement
 * this interface directly only for something the registry cannot express.
 *
 * <pre>{@code
 * Subscriber subscriber = Registry.builder()
 *     .with(FmtLayer.builder().build(), EnvFilter.parse("com.shop=debug,info"))
 *     .build();
 * Tracing.setGlobalDefault(subscriber);
 * }</pre>
 */
public interface Subscriber {

  /**
   * Says once whether this subscriber will want what a callsite records. The answer is cached
   * until {@code Callsite.rebuildInterestCache()} runs (installing or removing a subscriber does).
   * The default asks {@link #enabled} each time.
   */
  default Interest registerCallsite(Metadata metadata) {
    return Interest.SOMETIMES;
  }

  /**
   * Whether a span or event of this callsite should be recorded now; asked only for callsites
   * whose interest is {@link Interest#SOMETIMES}.
   *
   * @param current the innermost span entered on this thread, or {@code null}
   */
  boolean enabled(Metadata metadata, SpanHandle current);

  /**
   * Records a new span. Never returns {@code null}.
   *
   * @param fields the fields the span was created with, handed over: the caller never touches
   *     them again, so the subscriber may keep them without a copy
   * @param parent the parent span, or {@code null} for a root span
   */
  SpanHandle newSpan(Metadata metadata, FieldValues fields, SpanHandle parent);

  /** Records values for fields of a span after its creation. */
  void record(SpanHandle span, FieldValues values);

  /** Records that {@code span} was caused by {@code cause} without being its child. */
  default void recordFollowsFrom(SpanHandle span, SpanHandle cause) {}

  /**
   * Records an event.
   *
   * @param fields the event's fields, its message first under the name {@code message}; valid only
   *     during the call
   * @param parent the span the event happened in, or {@code null}
   */
  void event(Metadata metadata, FieldValues fields, SpanHandle parent);

  /** The current thread entered the span. A span may be entered on several threads at once. */
  void enter(SpanHandle span);

  /** The current thread exited the span. */
  void exit(SpanHandle span);

  /**
   * The span ended; it is not entered again. Called once per span, after the exit of every enter:
   * a close asked for while the span is entered on some thread happens when that thread exits it.
   */
  void close(SpanHandle span);

  /** Writes out anything buffered. */
  default void flush() {}

  /** Flushes and releases resources; the subscriber records nothing afterwards. */
  default void shutdown() {
    flush();
  }
}
