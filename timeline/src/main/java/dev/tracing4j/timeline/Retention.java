package dev.tracing4j.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Decides what the page keeps when a program records more than the cap: whole requests (root
 * spans with everything under them), the slowest ones. Spans and events each count one against
 * the cap.
 *
 * <p>Requests still running cannot be compared yet, so they are held apart, up to the cap in
 * total; a span or event that arrives when that much is held is not recorded, and neither is
 * anything under a span not recorded, so the page never shows a child without its parent.
 * When a request's root closes it joins the finished ones, and while those hold more than the
 * cap the shortest is dropped. Memory stays below twice the cap.
 *
 * <p>Thread-safe: every method holds the lock of this object.
 */
final class Retention {

  private static final Comparator<Request> SHORTEST_FIRST =
      Comparator.comparingLong((Request r) -> r.duration)
          .thenComparing(Comparator.comparingLong((Request r) -> r.sequence).reversed());

  private final int cap;
  private final Set<Request> running = new LinkedHashSet<>();
  private final PriorityQueue<Request> finished = new PriorityQueue<>(SHORTEST_FIRST);
  private final Set<OpenSpan> live = new HashSet<>();
  private final List<EventRecord> looseEvents = new ArrayList<>();
  private long runningWeight;
  private long finishedWeight;
  private long requestsSeen;
  private long spansSeen;
  private long eventsSeen;

  Retention(int cap) {
    this.cap = cap;
  }

  int cap() {
    return cap;
  }

  /** A new root span; returns its request, or {@code null} when it is not recorded. */
  synchronized Request startRequest(long start) {
    requestsSeen++;
    spansSeen++;
    if (runningWeight >= cap) {
      return null;
    }
    Request request = new Request(start, requestsSeen);
    running.add(request);
    request.weight = 1;
    runningWeight++;
    return request;
  }

  /**
   * Whether a new span is recorded, given the request of its parent; {@code null} when its
   * parent is not recorded, and then neither is the span.
   */
  synchronized boolean admitSpan(Request request) {
    spansSeen++;
    return admit(request);
  }

  /** Whether an event is recorded, given the request of its span, as for {@link #admitSpan}. */
  synchronized boolean admitEvent(Request request) {
    eventsSeen++;
    return admit(request);
  }

  private boolean admit(Request request) {
    if (request == null || request.evicted) {
      return false;
    }
    if (!request.complete) {
      if (runningWeight >= cap) {
        return false;
      }
      runningWeight++;
      request.weight++;
      return true;
    }
    // A task that outlives its root still belongs to the root's request.
    if (request.weight >= cap) {
      return false;
    }
    request.weight++;
    finishedWeight++;
    evictDownToCap();
    return !request.evicted;
  }

  /** An event outside every span: kept while fewer than the cap are. */
  synchronized void looseEvent(EventRecord event) {
    eventsSeen++;
    if (looseEvents.size() < cap) {
      looseEvents.add(event);
    }
  }

  synchronized void opened(OpenSpan span) {
    live.add(span);
  }

  /** A recorded span closed; {@code record} is {@code null} if it was closed already. */
  synchronized void closed(OpenSpan span, SpanRecord record, boolean root) {
    live.remove(span);
    Request request = span.request;
    if (record == null || request.evicted) {
      return;
    }
    request.spans.add(record);
    if (root) {
      finish(request, record.end() - request.start);
    }
  }

  private void finish(Request request, long duration) {
    request.complete = true;
    request.duration = duration;
    running.remove(request);
    runningWeight -= request.weight;
    finishedWeight += request.weight;
    finished.add(request);
    evictDownToCap();
  }

  private void evictDownToCap() {
    while (finishedWeight > cap && !finished.isEmpty()) {
      Request shortest = finished.poll();
      shortest.evicted = true;
      shortest.spans = null; // the memory goes now, not at shutdown
      finishedWeight -= shortest.weight;
    }
  }

  /**
   * Ends the recording at {@code now}: spans still open are kept as open up to {@code now},
   * requests still running are compared by their duration so far, and what the cap allows is
   * returned, requests in the order they started.
   */
  synchronized Kept end(long now) {
    for (OpenSpan span : List.copyOf(live)) {
      SpanRecord record = span.close(FieldText.of(span.span.fieldsSnapshot()), now, true);
      live.remove(span);
      if (record != null && !span.request.evicted) {
        span.request.spans.add(record);
      }
    }
    for (Request request : List.copyOf(running)) {
      finish(request, now - request.start);
    }
    List<Request> requests = new ArrayList<>(finished);
    requests.sort(Comparator.comparingLong((Request r) -> r.start)
        .thenComparingLong(r -> r.sequence));
    long spans = 0;
    long events = looseEvents.size();
    List<List<SpanRecord>> kept = new ArrayList<>();
    for (Request request : requests) {
      kept.add(List.copyOf(request.spans));
      spans += request.spans.size();
      for (SpanRecord record : request.spans) {
        events += record.events().size();
      }
    }
    return new Kept(kept, List.copyOf(looseEvents),
        new Coverage(cap, requestsSeen, requests.size(), spansSeen, spans, eventsSeen, events));
  }

  /** What the page shows: each kept request's spans, and the events outside every span. */
  record Kept(List<List<SpanRecord>> requests, List<EventRecord> looseEvents,
      Coverage coverage) {}
}
