package dev.tracing4j.opentelemetry;

import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.spi.FieldValues;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A registry layer that mirrors each tracing4j span as an OpenTelemetry span, so that what this
 * process did reaches the distributed tracing system its team runs (an OpenTelemetry Collector,
 * Jaeger, Tempo, Zipkin, ...) and lines up with what the other processes did.
 *
 * <pre>{@code
 * OpenTelemetry openTelemetry = ...;   // an SDK, or GlobalOpenTelemetry.get()
 * Tracing.setGlobalDefault(Registry.builder()
 *     .with(FmtLayer.builder().build(), EnvFilter.parse("info"))
 *     .with(OpenTelemetryLayer.builder(openTelemetry).build(), EnvFilter.parse("com.shop=debug"))
 *     .build());
 * }</pre>
 *
 * <p>Configured by name ({@code tracing4j.subscriber=fmt,otel}) the layer uses the installed
 * {@code GlobalOpenTelemetry}, or builds an SDK from the standard {@code OTEL_*} variables.
 *
 * <p>The mapping, after Rust's {@code tracing-opentelemetry}:
 *
 * <ul>
 *   <li>Span name = the span's name, or the field {@code otel.name}. Kind = the field {@code
 *       otel.kind} ({@code server}, {@code client}, {@code producer}, {@code consumer}, {@code
 *       internal}; internal by default). Start = creation, end = close.
 *   <li>Parent = the tracing4j parent's span; a root span's parent is the OpenTelemetry context
 *       current at its creation, or the remote parent of its field {@code otel.parent} (a W3C
 *       {@code traceparent} string, a {@code Context} or a {@code SpanContext}) or of {@link
 *       OpenTelemetrySpans#setParent} before the span is first entered.
 *   <li>Fields become attributes with their types; {@code otel.*} fields are directives, not
 *       attributes. Each span also carries {@code code.namespace} (the target), {@code
 *       code.filepath} and {@code code.lineno} where known, {@code thread.name} (where it was
 *       created), and {@code busy_ns} / {@code idle_ns}.
 *   <li>Events inside a span become span events named by their message ({@code event} without
 *       one), with their fields, {@code level} and {@code target}. An ERROR event sets the span's
 *       status to error; the {@code error} event of {@code @Instrument(err = true)} becomes the
 *       event {@code exception} with {@code exception.type}, {@code exception.message} and {@code
 *       exception.stacktrace}. The fields {@code otel.status_code} ({@code ok}, {@code error}) and
 *       {@code otel.status_description} set the status. Events outside any span are not exported.
 *   <li>{@code span.followsFrom(cause)} becomes a link to the cause's span.
 * </ul>
 *
 * <p>While a tracing4j span is entered on a thread, its OpenTelemetry span is {@code
 * Context.current()} there, so code instrumented with OpenTelemetry (or by its Java agent) nests
 * beneath it. Each mirrored span also carries a {@link
 * dev.tracing4j.runtime.registry.TraceContext}, so the {@code json} layer of the same registry
 * writes {@code trace_id} and {@code span_id} on every line inside it.
 *
 * <p>{@link #shutdown()} flushes the SDK's span processors; it shuts the SDK down only when the
 * layer built it, never an {@code OpenTelemetry} passed to {@link #builder}. A registry mirrors a
 * span in one OpenTelemetry layer: a second one leaves spans the first mirrors alone.
 */
public final class OpenTelemetryLayer implements Layer {

  /** The instrumentation scope of the spans: OpenTelemetry's name for who made them. */
  static final String INSTRUMENTATION_SCOPE = "dev.tracing4j";
  private static final long FLUSH_SECONDS = 10;

  private final OpenTelemetry openTelemetry;
  private final Tracer tracer;
  private final boolean ownsSdk;
  private final ThreadLocal<ScopeStack> scopes = ThreadLocal.withInitial(ScopeStack::new);

  private OpenTelemetryLayer(Builder builder) {
    this.openTelemetry = builder.openTelemetry;
    this.tracer = openTelemetry.getTracer(INSTRUMENTATION_SCOPE);
    this.ownsSdk = builder.ownsSdk;
  }

  /** Starts a layer that exports through {@code openTelemetry}, which stays the caller's. */
  public static Builder builder(OpenTelemetry openTelemetry) {
    return new Builder(Objects.requireNonNull(openTelemetry, "openTelemetry"));
  }

  /** Configures an {@link OpenTelemetryLayer}. */
  public static final class Builder {
    private final OpenTelemetry openTelemetry;
    private boolean ownsSdk;

    private Builder(OpenTelemetry openTelemetry) {
      this.openTelemetry = openTelemetry;
    }

    /** The SDK was built for this layer, which shuts it down with itself. */
    Builder ownsSdk() {
      this.ownsSdk = openTelemetry instanceof OpenTelemetrySdk;
      return this;
    }

    public OpenTelemetryLayer build() {
      return new OpenTelemetryLayer(this);
    }
  }

  /** The OpenTelemetry this layer exports through. */
  public OpenTelemetry openTelemetry() {
    return openTelemetry;
  }

  /** {@code busy_ns} and {@code idle_ns} come from the registry's timing. */
  @Override
  public boolean tracksTiming() {
    return true;
  }

  @Override
  public void onNewSpan(SpanData span, Context ctx) {
    if (span.extension(MirroredSpan.KEY) != null) {
      return; // another OpenTelemetry layer of this registry mirrors it
    }
    SpanFields directives = MirroredSpan.directives(span);
    io.opentelemetry.context.Context parent = parentOf(span, directives);
    span.putExtension(MirroredSpan.KEY,
        MirroredSpan.start(this, tracer, span, parent, directives));
  }

  /** The remote parent of {@code otel.parent}, else the nearest mirrored ancestor, else current. */
  private static io.opentelemetry.context.Context parentOf(SpanData span, SpanFields directives) {
    if (directives.parentGiven) {
      io.opentelemetry.context.Context remote = RemoteParent.of(directives.parent);
      if (remote != null) {
        return remote;
      }
      reportUnusableParent(span, directives.parent);
    }
    MirroredSpan parent = MirroredSpan.nearest(span.parent());
    return parent != null ? parent.context() : io.opentelemetry.context.Context.current();
  }

  private static void reportUnusableParent(SpanData span, Object parent) {
    OnceReporter.report("parent type " + parent.getClass().getName(), "otel.parent of span '"
        + span.name() + "' is a " + parent.getClass().getName() + "; expected a W3C traceparent"
        + " string, an OpenTelemetry Context or a SpanContext. It is ignored.");
  }

  @Override
  public void onRecord(SpanData span, FieldValues values, Context ctx) {
    MirroredSpan mirrored = mine(span);
    if (mirrored == null) {
      return;
    }
    SpanFields fields = new SpanFields(AttributeSink.of(mirrored.currentSpan()));
    values.visit(fields);
    mirrored.record(fields);
    if (fields.parentGiven) {
      io.opentelemetry.context.Context remote = RemoteParent.of(fields.parent);
      if (remote == null) {
        reportUnusableParent(span, fields.parent);
      } else {
        mirrored.reparentOrReport(remote);
      }
    }
  }

  @Override
  public void onFollowsFrom(SpanData span, SpanData cause, Context ctx) {
    MirroredSpan mirrored = mine(span);
    MirroredSpan causeMirror = MirroredSpan.nearest(cause);
    if (mirrored != null && causeMirror != null) {
      mirrored.addLink(causeMirror.span().getSpanContext());
    }
  }

  @Override
  public void onEvent(Event event, Context ctx) {
    MirroredSpan mirrored = MirroredSpan.nearest(ctx.nearestVisible(event.parent()));
    if (mirrored != null) {
      SpanEventMapping.addTo(mirrored, event);
    }
  }

  @Override
  public void onEnter(SpanData span, Context ctx) {
    MirroredSpan mirrored = mine(span);
    if (mirrored != null) {
      scopes.get().enter(span, mirrored.context());
    }
  }

  @Override
  public void onExit(SpanData span, Context ctx) {
    if (mine(span) != null) {
      scopes.get().exit(span);
    }
  }

  @Override
  public void onClose(SpanData span, Context ctx) {
    MirroredSpan mirrored = mine(span);
    if (mirrored != null) {
      mirrored.end();
    }
  }

  private MirroredSpan mine(SpanData span) {
    return MirroredSpan.of(span, this);
  }

  /** Exports what the SDK's span processors hold, waiting up to ten seconds. */
  @Override
  public void flush() {
    if (openTelemetry instanceof OpenTelemetrySdk sdk) {
      sdk.getSdkTracerProvider().forceFlush().join(FLUSH_SECONDS, TimeUnit.SECONDS);
    }
  }

  /** Flushes, and shuts down the SDK if this layer built it. */
  @Override
  public void shutdown() {
    flush();
    if (ownsSdk) {
      ((OpenTelemetrySdk) openTelemetry).shutdown().join(FLUSH_SECONDS, TimeUnit.SECONDS);
    }
  }

  @Override
  public String toString() {
    return "OpenTelemetryLayer[" + openTelemetry + "]";
  }
}
