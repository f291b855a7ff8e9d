package dev.tracing4j.opentelemetry;

import dev.tracing4j.runtime.registry.ExtensionKey;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.registry.Timing;
import dev.tracing4j.runtime.registry.TraceContext;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The OpenTelemetry span that mirrors one tracing4j span, kept in the span's extensions: started
 * when the tracing4j span is created, ended when it closes.
 *
 * <p>Until its identity has been seen (the span entered, a child created, an event recorded, a
 * link made, its context asked for) a remote parent may still be given: the span is then started
 * again under that parent with the same start time, name and attributes, and the first one is
 * dropped unended, so it is never exported.
 */
final class MirroredSpan {

  /** One per process: {@link OpenTelemetrySpans} finds the mirror of any span through it. */
  static final ExtensionKey<MirroredSpan> KEY = new ExtensionKey<>("opentelemetry span");

  private final Object owner;
  private final Tracer tracer;
  private final SpanData data;
  private final String threadName;
  private volatile Span span;
  /** The parent's context with {@link #span}: what is current while the span is entered. */
  private volatile Context context;
  /** Whether the identity has been seen, so the parent can no longer change. */
  private volatile boolean parentFixed;
  /** The {@code otel.status_*} directives, applied at the end. */
  private volatile String statusCode;
  private volatile String statusDescription;
  /** Set by an ERROR event, with the description it gives. */
  private volatile String errorDescription;

  private MirroredSpan(Object owner, Tracer tracer, SpanData data, String threadName) {
    this.owner = owner;
    this.tracer = tracer;
    this.data = data;
    this.threadName = threadName;
  }

  /**
   * Starts the mirror of {@code data} under {@code parent}; {@code directives} are the {@code
   * otel.*} fields of its creation ({@link #directives}).
   */
  static MirroredSpan start(Object owner, Tracer tracer, SpanData data, Context parent,
      SpanFields directives) {
    MirroredSpan mirrored =
        new MirroredSpan(owner, tracer, data, Thread.currentThread().getName());
    mirrored.startUnder(parent, directives, -1);
    return mirrored;
  }

  /** The mirror of {@code span} made by {@code owner}, or {@code null}. */
  static MirroredSpan of(SpanData span, Object owner) {
    MirroredSpan mirrored = span.extension(KEY);
    return mirrored != null && mirrored.owner == owner ? mirrored : null;
  }

  /** The mirror of {@code span} or of its nearest mirrored ancestor, or {@code null}. */
  static MirroredSpan nearest(SpanData span) {
    for (SpanData current = span; current != null; current = current.parent()) {
      MirroredSpan mirrored = current.extension(KEY);
      if (mirrored != null) {
        return mirrored;
      }
    }
    return null;
  }

  /**
   * The directives among the span's fields. The span builder needs the name and kind before the
   * first attribute, so they are read in a pass of their own.
   */
  static SpanFields directives(SpanData data) {
    SpanFields fields = new SpanFields(AttributeSink.NONE);
    data.visitFields(fields);
    return fields;
  }

  private void startUnder(Context parent, SpanFields directives, long startEpochNanos) {
    SpanBuilder builder = tracer
        .spanBuilder(directives.name != null ? directives.name : data.name())
        .setParent(parent)
        .setSpanKind(kind(directives.kind))
        .setAttribute(Names.CODE_NAMESPACE, data.target());
    if (data.metadata().file() != null) {
      builder.setAttribute(Names.CODE_FILEPATH, data.metadata().file());
    }
    if (data.metadata().line() > 0) {
      builder.setAttribute(Names.CODE_LINENO, data.metadata().line());
    }
    builder.setAttribute(Names.THREAD_NAME, threadName);
    if (directives.hasAttributes()) {
      data.visitFields(new SpanFields(AttributeSink.of(builder)));
    }
    if (startEpochNanos >= 0) {
      builder.setStartTimestamp(startEpochNanos, TimeUnit.NANOSECONDS);
    }
    statusCode = directives.statusCode;
    statusDescription = directives.statusDescription;
    Span started = builder.startSpan();
    span = started;
    context = parent.with(started);
    SpanContext ids = started.getSpanContext();
    if (ids.isValid()) {
      data.putExtension(TraceContext.KEY, new TraceContext(ids.getTraceId(), ids.getSpanId()));
    }
  }

  private SpanKind kind(String kind) {
    if (kind == null) {
      return SpanKind.INTERNAL;
    }
    switch (kind.toLowerCase(Locale.ROOT)) {
      case "server":
        return SpanKind.SERVER;
      case "client":
        return SpanKind.CLIENT;
      case "producer":
        return SpanKind.PRODUCER;
      case "consumer":
        return SpanKind.CONSUMER;
      case "internal":
        return SpanKind.INTERNAL;
      default:
        OnceReporter.report("kind " + kind, "otel.kind \"" + kind + "\" of span '" + data.name()
            + "' is not a span kind; expected server, client, producer, consumer or internal. The"
            + " span is internal.");
        return SpanKind.INTERNAL;
    }
  }

  /** The OpenTelemetry span as it is now, for attributes: reading it fixes nothing. */
  Span currentSpan() {
    return span;
  }

  /** The OpenTelemetry span; its parent can no longer change once this was read. */
  Span span() {
    fixParent();
    return span;
  }

  /** The context to make current while the span is entered, or to start children under. */
  Context context() {
    fixParent();
    return context;
  }

  private void fixParent() {
    if (!parentFixed) {
      synchronized (this) {
        parentFixed = true;
      }
    }
  }

  /**
   * Starts the span again under {@code parent}, unless its identity was seen already; returns
   * whether it did.
   */
  synchronized boolean reparent(Context parent) {
    if (parentFixed) {
      return false;
    }
    long age = System.nanoTime() - data.createdNanos();
    Instant now = Instant.now();
    long nowEpochNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    startUnder(parent, directives(data), Math.max(0, nowEpochNanos - age));
    return true;
  }

  /** As {@link #reparent}, reporting once on stderr when it is too late. */
  void reparentOrReport(Context parent) {
    if (!reparent(parent)) {
      OnceReporter.report("late parent", "the remote parent of span '" + data.name() + "' came"
          + " after the span was entered, had a child or an event, or had its context read; it"
          + " keeps its parent. Set it with the field otel.parent or OpenTelemetrySpans.setParent"
          + " before entering the span.");
    }
  }

  /** Fields recorded after creation: attributes, a new name, a status. */
  void record(SpanFields fields) {
    if (fields.name != null) {
      span.updateName(fields.name);
    }
    if (fields.statusCode != null) {
      statusCode = fields.statusCode;
    }
    if (fields.statusDescription != null) {
      statusDescription = fields.statusDescription;
    }
  }

  /** Adds a span event; an error event sets the status to error, unless a field set it. */
  void addEvent(String name, Attributes attributes, String errorDescription) {
    Span target = span();
    target.addEvent(name, attributes);
    if (errorDescription != null && this.errorDescription == null) {
      this.errorDescription = errorDescription;
    }
  }

  /** Links this span to {@code cause}. */
  void addLink(SpanContext cause) {
    span().addLink(cause);
  }

  /** Ends the span when the tracing4j span closes, with its busy and idle time and status. */
  void end() {
    Span ended = span;
    Timing timing = data.timing();
    ended.setAttribute(Names.BUSY_NS, timing.busyNanos());
    ended.setAttribute(Names.IDLE_NS, timing.idleNanos());
    applyStatus(ended);
    ended.end();
  }

  private void applyStatus(Span ended) {
    String code = statusCode == null ? null : statusCode.toLowerCase(Locale.ROOT);
    if ("ok".equals(code)) {
      ended.setStatus(StatusCode.OK);
    } else if ("error".equals(code) || code == null && errorDescription != null) {
      String description = statusDescription != null ? statusDescription
          : errorDescription != null ? errorDescription : "";
      ended.setStatus(StatusCode.ERROR, description);
    } else if (code != null && !"unset".equals(code)) {
      OnceReporter.report("status " + code, "otel.status_code \"" + statusCode + "\" of span '"
          + data.name() + "' is not a status; expected ok or error.");
    }
  }
}
