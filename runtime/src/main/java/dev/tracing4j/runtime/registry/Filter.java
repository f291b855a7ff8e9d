package dev.tracing4j.runtime.registry;

import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Interest;
import dev.tracing4j.runtime.spi.Metadata;

/**
 * Decides which spans and events one layer of a {@link Registry} records.
 *
 * <p>{@link #interest} is asked once per callsite and cached; {@link #enabled} only for callsites
 * answered {@link Interest#SOMETIMES}, or when layers of one registry disagree. The span hooks
 * let a filter remember which spans matched and which of them a thread is inside, for decisions
 * about what happens there. They are called for every span of the registry, whatever the filter
 * decided about it, on the thread where the span is created, entered or exited.
 *
 * <pre>{@code
 * Filter errorsOnly = Filter.atLeast(Level.ERROR);
 * Registry.builder().with(alertLayer, errorsOnly).build();
 * }</pre>
 */
public interface Filter {

  /** A filter that records everything. */
  Filter ALL = new Filter() {
    @Override
    public Interest interest(Metadata metadata) {
      return Interest.ALWAYS;
    }

    @Override
    public boolean enabled(Metadata metadata, SpanData current) {
      return true;
    }

    @Override
    public String toString() {
      return "all";
    }
  };

  /** A filter that records {@code level} and every more severe level. */
  static Filter atLeast(dev.tracing4j.Level level) {
    return new Filter() {
      @Override
      public Interest interest(Metadata metadata) {
        return Interest.of(metadata.level().compareTo(level) >= 0);
      }

      @Override
      public boolean enabled(Metadata metadata, SpanData current) {
        return metadata.level().compareTo(level) >= 0;
      }

      @Override
      public String toString() {
        return level.name().toLowerCase(java.util.Locale.ROOT);
      }
    };
  }

  /** Whether this filter will never, sometimes or always enable the callsite. */
  Interest interest(Metadata metadata);

  /**
   * Whether a span or event of this callsite is recorded now.
   *
   * @param current the span the new span or event would be inside, or {@code null}
   */
  boolean enabled(Metadata metadata, SpanData current);

  /** A span was created (whether or not this filter enabled it). */
  default void onNewSpan(SpanData span) {}

  /**
   * Whether the layer behind this filter records {@code span}, asked once, right after {@link
   * #onNewSpan}, for a span this filter enabled. A filter that enables spans of a callsite only to
   * look at their fields answers here, now that the fields are known; the default keeps the span.
   */
  default boolean recordsNewSpan(SpanData span) {
    return true;
  }

  /** Fields of a span were recorded; they are already merged into {@code span}. */
  default void onRecord(SpanData span, FieldValues values) {}

  /** The calling thread entered {@code span}. */
  default void onEnter(SpanData span) {}

  /** The calling thread exited {@code span}. */
  default void onExit(SpanData span) {}
}
