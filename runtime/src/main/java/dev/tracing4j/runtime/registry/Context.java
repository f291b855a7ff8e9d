package dev.tracing4j.runtime.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one layer may see of the registry: the spans its filter enabled. A span that the layer's
 * filter disabled is skipped in scopes, and its children appear under the nearest enabled ancestor.
 *
 * <pre>{@code
 * public void onEvent(Event event, Context ctx) {
 *   for (SpanData span : ctx.scope(event.parent())) { ... }   // root first
 * }
 * }</pre>
 */
public final class Context {
  private final long layerBit;

  Context(int layerIndex) {
    this.layerBit = 1L << layerIndex;
  }

  /** Whether this layer records {@code span}. */
  public boolean isVisible(SpanData span) {
    return (span.layerMask & layerBit) != 0;
  }

  /** {@code span} itself if visible, else its nearest visible ancestor, or {@code null}. */
  public SpanData nearestVisible(SpanData span) {
    SpanData current = span;
    while (current != null && !isVisible(current)) {
      current = current.parent();
    }
    return current;
  }

  /** The visible spans from the root down to {@code leaf} (included when visible). */
  public List<SpanData> scope(SpanData leaf) {
    List<SpanData> spans = new ArrayList<>();
    for (SpanData span = leaf; span != null; span = span.parent()) {
      if (isVisible(span)) {
        spans.add(span);
      }
    }
    Collections.reverse(spans);
    return spans;
  }
}
