package dev.tracing4j.runtime.registry;

import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Interest;
import dev.tracing4j.runtime.spi.Metadata;
import dev.tracing4j.runtime.spi.SpanHandle;
import dev.tracing4j.runtime.spi.Subscriber;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A subscriber that stores span data and forwards everything to its layers, each behind its own
 * filter.
 *
 * <p>Only the registry assigns span ids; they are unique for the life of the process, across all
 * registries. Spans are {@link SpanData} objects: the handle the registry returns is the span's
 * data, so no lookup table sits on the hot path.
 *
 * <pre>{@code
 * Registry registry = Registry.builder()
 *     .with(FmtLayer.builder().build(), EnvFilter.parse("info"))
 *     .build();
 * Tracing.setGlobalDefault(registry);
 * }</pre>
 */
public final class Registry implements Subscriber {

  private static final AtomicLong NEXT_SPAN_ID = new AtomicLong();

  private final Layer[] layers;
  private final Filter[] filters;
  private final Context[] contexts;
  private final Filter[] distinctFilters;
  private final boolean timed;

  private Registry(List<Layer> layers, List<Filter> filters) {
    this.layers = layers.toArray(Layer[]::new);
    this.filters = filters.toArray(Filter[]::new);
    this.contexts = new Context[this.layers.length];
    for (int i = 0; i < contexts.length; i++) {
      contexts[i] = new Context(i);
    }
    Map<Filter, Boolean> distinct = new IdentityHashMap<>();
    filters.forEach(f -> distinct.put(f, true));
    this.distinctFilters = distinct.keySet().toArray(Filter[]::new);
    this.timed = layers.stream().anyMatch(Layer::tracksTiming);
  }

  /** Starts a registry; add layers with {@link Builder#with}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Registry}. */
  public static final class Builder {
    private static final int MAX_LAYERS = 64;
    private final List<Layer> layers = new ArrayList<>();
    private final List<Filter> filters = new ArrayList<>();

    private Builder() {}

    /** Adds a layer that records everything. */
    public Builder with(Layer layer) {
      return with(layer, Filter.ALL);
    }

    /** Adds a layer that records what {@code filter} enables. */
    public Builder with(Layer layer, Filter filter) {
      if (layers.size() == MAX_LAYERS) {
        throw new IllegalStateException("a registry holds at most " + MAX_LAYERS + " layers");
      }
      layers.add(Objects.requireNonNull(layer, "layer"));
      filters.add(Objects.requireNonNull(filter, "filter"));
      return this;
    }

    public Registry build() {
      return new Registry(layers, filters);
    }
  }

  @Override
  public Interest registerCallsite(Metadata metadata) {
    Interest combined = Interest.NEVER;
    for (Filter filter : filters) {
      combined = combined.or(filter.interest(metadata));
    }
    return combined;
  }

  @Override
  public boolean enabled(Metadata metadata, SpanHandle current) {
    SpanData span = own(current);
    for (Filter filter : filters) {
      if (filter.enabled(metadata, span)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public SpanHandle newSpan(Metadata metadata, FieldValues fields, SpanHandle parent) {
    SpanData parentData = own(parent);
    // The caller hands the fields over (see Subscriber.newSpan): kept without a copy.
    SpanData span = new SpanData(this, NEXT_SPAN_ID.incrementAndGet(), metadata, parentData,
        fields, timed);
    for (Filter filter : distinctFilters) {
      try {
        filter.onNewSpan(span);
      } catch (Throwable failure) {
        FailureReporter.report("filter " + filter + " on a new span", failure);
      }
    }
    span.layerMask = keptByFilters(span, layersEnabling(metadata, parentData));
    for (int i = 0; i < layers.length; i++) {
      if (contexts[i].isVisible(span)) {
        try {
          layers[i].onNewSpan(span, contexts[i]);
        } catch (Throwable failure) {
          report(i, "a new span", failure);
        }
      }
    }
    return span;
  }

  @Override
  public void record(SpanHandle handle, FieldValues values) {
    SpanData span = own(handle);
    if (span == null) {
      return;
    }
    span.record(values);
    for (Filter filter : distinctFilters) {
      try {
        filter.onRecord(span, values);
      } catch (Throwable failure) {
        FailureReporter.report("filter " + filter + " on a record", failure);
      }
    }
    for (int i = 0; i < layers.length; i++) {
      if (contexts[i].isVisible(span)) {
        try {
          layers[i].onRecord(span, values, contexts[i]);
        } catch (Throwable failure) {
          report(i, "a record", failure);
        }
      }
    }
  }

  @Override
  public void recordFollowsFrom(SpanHandle handle, SpanHandle causeHandle) {
    SpanData span = own(handle);
    SpanData cause = own(causeHandle);
    if (span == null || cause == null) {
      return;
    }
    for (int i = 0; i < layers.length; i++) {
      if (contexts[i].isVisible(span)) {
        try {
          layers[i].onFollowsFrom(span, cause, contexts[i]);
        } catch (Throwable failure) {
          report(i, "a follows-from", failure);
        }
      }
    }
  }

  @Override
  public void event(Metadata metadata, FieldValues fields, SpanHandle parent) {
    Event event = new Event(metadata, fields, own(parent));
    long mask = layersEnabling(metadata, event.parent());
    for (int i = 0; i < layers.length; i++) {
      if ((mask & (1L << i)) != 0) {
        try {
          layers[i].onEvent(event, contexts[i]);
        } catch (Throwable failure) {
          report(i, "an event", failure);
        }
      }
    }
  }

  @Override
  public void enter(SpanHandle handle) {
    SpanData span = own(handle);
    if (span == null || !span.enter()) {
      return;
    }
    for (Filter filter : distinctFilters) {
      try {
        filter.onEnter(span);
      } catch (Throwable failure) {
        FailureReporter.report("filter " + filter + " on an enter", failure);
      }
    }
    for (int i = 0; i < layers.length; i++) {
      if (contexts[i].isVisible(span)) {
        try {
          layers[i].onEnter(span, contexts[i]);
        } catch (Throwable failure) {
          report(i, "an enter", failure);
        }
      }
    }
  }

  @Override
  public void exit(SpanHandle handle) {
    SpanData span = own(handle);
    if (span == null || !span.exit()) {
      return;
    }
    for (int i = 0; i < layers.length; i++) {
      if (contexts[i].isVisible(span)) {
        try {
          layers[i].onExit(span, contexts[i]);
        } catch (Throwable failure) {
          report(i, "an exit", failure);
        }
      }
    }
    for (Filter filter : distinctFilters) {
      try {
        filter.onExit(span);
      } catch (Throwable failure) {
        FailureReporter.report("filter " + filter + " on an exit", failure);
      }
    }
  }

  @Override
  public void close(SpanHandle handle) {
    SpanData span = own(handle);
    if (span == null || !span.close()) {
      return;
    }
    for (int i = 0; i < layers.length; i++) {
      if (contexts[i].isVisible(span)) {
        try {
          layers[i].onClose(span, contexts[i]);
        } catch (Throwable failure) {
          report(i, "a close", failure);
        }
      }
    }
  }

  @Override
  public void flush() {
    for (int i = 0; i < layers.length; i++) {
      try {
        layers[i].flush();
      } catch (Throwable failure) {
        report(i, "a flush", failure);
      }
    }
  }

  @Override
  public void shutdown() {
    for (int i = 0; i < layers.length; i++) {
      try {
        layers[i].shutdown();
      } catch (Throwable failure) {
        report(i, "a shutdown", failure);
      }
    }
  }

  /** The layers of this registry, in the order they were added. */
  public List<Layer> layers() {
    return List.of(layers);
  }

  /**
   * The layers whose filter enables a span or event, as a bit mask. A single layer needs no
   * question: the callsite cache and {@link #enabled} already asked its filter before the call
   * reached the registry.
   */
  private long layersEnabling(Metadata metadata, SpanData parent) {
    if (layers.length == 1) {
      return 1L;
    }
    long mask = 0;
    for (int i = 0; i < layers.length; i++) {
      try {
        if (filters[i].enabled(metadata, parent)) {
          mask |= 1L << i;
        }
      } catch (Throwable failure) {
        FailureReporter.report("filter " + filters[i] + " deciding on " + metadata.name(), failure);
      }
    }
    return mask;
  }

  /** Clears the bits of layers whose filter, now that the span's fields are known, drops it. */
  private long keptByFilters(SpanData span, long mask) {
    long kept = mask;
    for (int i = 0; i < layers.length; i++) {
      if ((kept & (1L << i)) != 0) {
        try {
          if (!filters[i].recordsNewSpan(span)) {
            kept &= ~(1L << i);
          }
        } catch (Throwable failure) {
          FailureReporter.report("filter " + filters[i] + " deciding on span " + span.name(),
              failure);
        }
      }
    }
    return kept;
  }

  private SpanData own(SpanHandle handle) {
    return handle instanceof SpanData span && span.owner() == this ? span : null;
  }

  private void report(int layer, String what, Throwable failure) {
    FailureReporter.report("layer " + layers[layer].getClass().getName() + " on " + what, failure);
  }

  @Override
  public String toString() {
    return "Registry" + List.of(layers);
  }
}
