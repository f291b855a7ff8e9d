package dev.tracing4j.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * A root span and everything recorded under it: the unit the cap keeps or drops whole, so a page
 * never shows half a request. Every field is guarded by the {@link Retention} that made it.
 */
final class Request {
  final long start;
  /** The order requests started in; breaks ties between requests of equal duration. */
  final long sequence;
  List<SpanRecord> spans = new ArrayList<>();
  /** Spans and events admitted into it: what it counts against the cap. */
  int weight;
  boolean complete;
  boolean evicted;
  long duration;

  Request(long start, long sequence) {
    this.start = start;
    this.sequence = sequence;
  }
}
