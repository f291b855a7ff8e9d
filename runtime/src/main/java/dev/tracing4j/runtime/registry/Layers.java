package dev.tracing4j.runtime.registry;

import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Interest;
import dev.tracing4j.runtime.spi.Metadata;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layers of a registry, each behind its filter: which of them want a callsite, a span or an
 * event, and the one loop that hands them a notification, isolating each from the others'
 * failures. The registry stores spans; this class only dispatches, as tracing-subscriber's
 * {@code Layered} does beside its {@code Registry}.
 */
final class Layers {

  /** One layer callback with its arguments, written as a non-capturing lambda. */
  @FunctionalInterface
  interface Notification<A, B> {
    void deliver(Layer layer, A first, B second, Context ctx);
  }

  private final Layer[] layers;
  private final Filter[] filters;
  private final Context[] contexts;
  private final Filter[] distinctFilters;
  private final boolean timed;

  Layers(List<Layer> layers, List<Filter> filters) {
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

  /** Whether any layer reads span timing. */
  boolean timed() {
    return timed;
  }

  /** The most any filter wants the callsite. */
  Interest interest(Metadata metadata) {
    Interest combined = Interest.NEVER;
    for (Filter filter : filters) {
      combined = combined.or(filter.interest(metadata));
    }
    return combined;
  }

  /** Whether any filter enables a span or event of {@code metadata} under {@code current}. */
  boolean anyEnables(Metadata metadata, SpanData current) {
    for (Filter filter : filters) {
      if (filter.enabled(metadata, current)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The layers whose filter enables a span or event, as a bit mask. A single layer needs no
   * question: the callsite cache and {@link #anyEnables} already asked its filter before the call
   * reached the registry.
   */
  long enabling(Metadata metadata, SpanData parent) {
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

  /** Lets every filter remember a new span before any layer sees it. */
  void filtersOnNewSpan(SpanData span) {
    for (Filter filter : distinctFilters) {
      try {
        filter.onNewSpan(span);
      } catch (Throwable failure) {
        FailureReporter.report("filter " + filter + " on a new span", failure);
      }
    }
  }

  /** Lets every filter see fields recorded into a span. */
  void filtersOnRecord(SpanData span, FieldValues values) {
    for (Filter filter : distinctFilters) {
      try {
        filter.onRecord(span, values);
      } catch (Throwable failure) {
        FailureReporter.report("filter " + filter + " on a record", failure);
      }
    }
  }

  /**
   * Clears the bits of layers whose filter, now that the span's fields are known, drops the span
   * (one created only so that a field directive could look at its fields).
   */
  long keptByFilters(SpanData span, long mask) {
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

  /** Lets every filter see that the calling thread entered a span (for span scopes). */
  void filtersOnEnter(SpanData span) {
    for (Filter filter : distinctFilters) {
      try {
        filter.onEnter(span);
      } catch (Throwable failure) {
        FailureReporter.report("filter " + filter + " on an enter", failure);
      }
    }
  }

  /** Lets every filter see that the calling thread exited a span. */
  void filtersOnExit(SpanData span) {
    for (Filter filter : distinctFilters) {
      try {
        filter.onExit(span);
      } catch (Throwable failure) {
        FailureReporter.report("filter " + filter + " on an exit", failure);
      }
    }
  }

  /**
   * Delivers {@code notification} to every layer in {@code mask}, in order; a layer that throws
   * is reported as failing on {@code what} and the others still run.
   */
  <A, B> void notify(long mask, String what, Notification<A, B> notification, A first, B second) {
    for (int i = 0; i < layers.length; i++) {
      if ((mask & (1L << i)) != 0) {
        try {
          notification.deliver(layers[i], first, second, contexts[i]);
        } catch (Throwable failure) {
          FailureReporter.report("layer " + layers[i].getClass().getName() + " on " + what,
              failure);
        }
      }
    }
  }

  /** Every layer, for flush and shutdown. */
  long all() {
    return layers.length == 64 ? -1L : (1L << layers.length) - 1;
  }

  List<Layer> list() {
    return List.of(layers);
  }
}
