package dev.tracing4j.runtime.registry;

import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Interest;
import dev.tracing4j.runtime.spi.Metadata;
import dev.tracing4j.runtime.spi.SpanHandle;
import dev.tracing4j.runtime.spi.Subscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A subscriber that stores span data and forwards everything to its layers, each behind its own
 * filter. The registry owns the spans (ids, parents, fields, lifecycle and timing); the layers
 * add one concern each and see only what their filter enabled.
 *
 * <p>Only the registry assigns span ids; they are unique for the life of the process, across all
 * registries, and increase on each thread (threads take them in blocks, so that no counter is
 * shared per span). Spans are {@link SpanData} objects: the handle the registry returns is the span's
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

  private final Layers layers;

  private Registry(List<Layer> layers, List<Filter> filters) {
    this.layers = new Layers(layers, filters);
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
    return layers.interest(metadata);
  }

  @Override
  public boolean enabled(Metadata metadata, SpanHandle current) {
    return layers.anyEnables(metadata, own(current));
  }

  @Override
  public SpanHandle newSpan(Metadata metadata, FieldValues fields, SpanHandle parent) {
    SpanData parentData = own(parent);
    // The caller hands the fields over (see Subscriber.newSpan): kept without a copy.
    SpanData span = new SpanData(this, SpanIds.next(), metadata, parentData,
        fields, layers.timed());
    layers.filtersOnNewSpan(span);
    span.layerMask = layers.keptByFilters(span, layers.enabling(metadata, parentData));
    layers.notify(span.layerMask, "a new span",
        (layer, created, unused, ctx) -> layer.onNewSpan(created, ctx), span, null);
    return span;
  }

  @Override
  public void record(SpanHandle handle, FieldValues values) {
    SpanData span = own(handle);
    if (span == null) {
      return;
    }
    span.record(values);
    layers.filtersOnRecord(span, values);
    layers.notify(span.layerMask, "a record",
        (layer, recorded, added, ctx) -> layer.onRecord(recorded, added, ctx), span, values);
  }

  @Override
  public void recordFollowsFrom(SpanHandle handle, SpanHandle causeHandle) {
    SpanData span = own(handle);
    SpanData cause = own(causeHandle);
    if (span == null || cause == null) {
      return;
    }
    layers.notify(span.layerMask, "a follows-from",
        (layer, follower, earlier, ctx) -> layer.onFollowsFrom(follower, earlier, ctx),
        span, cause);
  }

  @Override
  public void event(Metadata metadata, FieldValues fields, SpanHandle parent) {
    Event event = new Event(metadata, fields, own(parent));
    layers.notify(layers.enabling(metadata, event.parent()), "an event",
        (layer, happened, unused, ctx) -> layer.onEvent(happened, ctx), event, null);
  }

  @Override
  public void enter(SpanHandle handle) {
    SpanData span = own(handle);
    if (span != null && span.enter()) {
      layers.filtersOnEnter(span);
      layers.notify(span.layerMask, "an enter",
          (layer, entered, unused, ctx) -> layer.onEnter(entered, ctx), span, null);
    }
  }

  @Override
  public void exit(SpanHandle handle) {
    SpanData span = own(handle);
    if (span != null && span.exit()) {
      layers.notify(span.layerMask, "an exit",
          (layer, exited, unused, ctx) -> layer.onExit(exited, ctx), span, null);
      layers.filtersOnExit(span);
    }
  }

  @Override
  public void close(SpanHandle handle) {
    SpanData span = own(handle);
    if (span != null && span.close()) {
      layers.notify(span.layerMask, "a close",
          (layer, closed, unused, ctx) -> layer.onClose(closed, ctx), span, null);
    }
  }

  @Override
  public void flush() {
    layers.notify(layers.all(), "a flush", (layer, a, b, ctx) -> layer.flush(), null, null);
  }

  @Override
  public void shutdown() {
    layers.notify(layers.all(), "a shutdown", (layer, a, b, ctx) -> layer.shutdown(), null, null);
  }

  /** The layers of this registry, in the order they were added. */
  public List<Layer> layers() {
    return layers.list();
  }

  private SpanData own(SpanHandle handle) {
    return handle instanceof SpanData span && span.owner() == this ? span : null;
  }

  @Override
  public String toString() {
    return "Registry" + layers.list();
  }
}
