package dev.tracing4j.runtime.instrument;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Callsite;
import dev.tracing4j.runtime.EventBuilder;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.SpanBuilder;
import dev.tracing4j.runtime.async.TracedFuture;
import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.spi.DisplayValue;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The callsites of one {@code @Instrument} method: its span, and the {@code return} and {@code
 * error} events that {@code ret} and {@code err} ask for.
 *
 * <pre>{@code
 * private static final MethodSite PLACE = MethodSite.builder("place", "com.shop.OrderService", Level.INFO)
 *     .source("OrderService.java", 42)
 *     .fields("orderId", "customer")
 *     .recordReturn()
 *     .recordError()
 *     .build();
 * }</pre>
 */
public final class MethodSite {

  private static final String RETURN = "return";
  private static final String ERROR = "error";
  private static final Runnable NOTHING = () -> { };
  /** The exception that the error event being dispatched on this thread reports. */
  private static final ThreadLocal<Throwable> ERROR_BEING_RECORDED = new ThreadLocal<>();

  private final Callsite span;
  private final Callsite returnEvent;
  private final Callsite errorEvent;

  private MethodSite(Builder builder) {
    this.span = Callsite.span(builder.name, builder.target, builder.level, builder.file,
        builder.line, builder.fields.toArray(String[]::new));
    this.returnEvent = builder.recordReturn
        ? Callsite.event(RETURN, builder.target, builder.level, builder.file, builder.line) : null;
    this.errorEvent = builder.recordError
        ? Callsite.event(ERROR, builder.target, Level.ERROR, builder.file, builder.line) : null;
  }

  /** Starts describing the method's span. */
  public static Builder builder(String name, String target, Level level) {
    return new Builder(name, target, level);
  }

  /** Describes a {@link MethodSite}. */
  public static final class Builder {
    private final String name;
    private final String target;
    private final Level level;
    private String file;
    private int line;
    private List<String> fields = List.of();
    private boolean recordReturn;
    private boolean recordError;

    private Builder(String name, String target, Level level) {
      this.name = Objects.requireNonNull(name, "name");
      this.target = Objects.requireNonNull(target, "target");
      this.level = Objects.requireNonNull(level, "level");
    }

    /** The source file and line of the method. */
    public Builder source(String file, int line) {
      this.file = file;
      this.line = line;
      return this;
    }

    /** The fields the span declares, parameters first. */
    public Builder fields(String... names) {
      this.fields = List.of(names);
      return this;
    }

    /** {@code ret = true}: record the return value as an event. */
    public Builder recordReturn() {
      this.recordReturn = true;
      return this;
    }

    /** {@code err = true}: record a thrown exception as an {@code ERROR} event. */
    public Builder recordError() {
      this.recordError = true;
      return this;
    }

    public MethodSite build() {
      return new MethodSite(this);
    }
  }

  /** The span's callsite. */
  public Callsite callsite() {
    return span;
  }

  /** Whether a span would be recorded now; when not, the generated code only calls the method. */
  public boolean isEnabled() {
    return span.isEnabled();
  }

  /** Starts the span. */
  public SpanBuilder spanBuilder() {
    return SpanBuilder.of(span);
  }

  /** Records {@code return=value} inside {@code span}. */
  public void returned(Span span, long value) {
    if (returnEvent != null) {
      EventBuilder.of(returnEvent).parent(span).field(RETURN, value).log();
    }
  }

  /** Records {@code return=value} inside {@code span}. */
  public void returned(Span span, double value) {
    if (returnEvent != null) {
      EventBuilder.of(returnEvent).parent(span).field(RETURN, value).log();
    }
  }

  /** Records {@code return=value} inside {@code span}. */
  public void returned(Span span, boolean value) {
    if (returnEvent != null) {
      EventBuilder.of(returnEvent).parent(span).field(RETURN, value).log();
    }
  }

  /** Records {@code return=value} inside {@code span}. */
  public void returned(Span span, Object value) {
    if (returnEvent != null) {
      EventBuilder.of(returnEvent).parent(span).field(RETURN, value).log();
    }
  }

  /** Records {@code error=<exception's toString()>} at ERROR inside {@code span}. */
  public void failed(Span span, Throwable error) {
    if (errorEvent == null) {
      return;
    }
    EventBuilder event = EventBuilder.of(errorEvent).parent(span);
    if (!event.isDisabled()) {
      // Formatted here, once: the event records the exception's text, not the exception. A layer
      // that needs the exception itself reads it from errorBeingRecorded() during the call.
      Throwable outer = ERROR_BEING_RECORDED.get();
      ERROR_BEING_RECORDED.set(error);
      try {
        event.field(ERROR, DisplayValue.of(error)).log();
      } finally {
        if (outer == null) {
          ERROR_BEING_RECORDED.remove();
        } else {
          ERROR_BEING_RECORDED.set(outer);
        }
      }
    }
  }

  /**
   * While the {@code error} event of an {@code @Instrument(err = true)} method is dispatched to
   * subscribers on this thread, the exception it reports (its field {@code error} holds the
   * exception's text); otherwise {@code null}. A layer that exports exceptions with their type and
   * stack trace, such as OpenTelemetry's {@code exception} event, reads it in its {@code onEvent}.
   *
   * <pre>{@code
   * public void onEvent(Event event, Context ctx) {
   *   Throwable error = MethodSite.errorBeingRecorded();
   *   if (error != null) { ... error.getStackTrace() ... }
   * }
   * }</pre>
   */
  public static Throwable errorBeingRecorded() {
    return ERROR_BEING_RECORDED.get();
  }

  /**
   * Stands in for a {@code fields} expression whose evaluation threw, so that tracing never
   * breaks the traced method. Reported once on stderr.
   */
  public Object fieldFailed(String field, RuntimeException failure) {
    FailureReporter.report("evaluating field '" + field + "' of span '"
        + span.metadata().name() + "'", failure);
    return "<" + field + " threw " + failure + ">";
  }

  /**
   * Keeps {@code span} open until {@code future} completes, then records the outcome, closes the
   * span and completes the returned future. Cancelling the returned future cancels {@code
   * future}.
   */
  public <T> CompletableFuture<T> traceCompletion(Span span, CompletableFuture<T> future) {
    return trace(span, future);
  }

  /** As {@link #traceCompletion(Span, CompletableFuture)}, for a method returning a stage. */
  public <T> CompletionStage<T> traceCompletion(Span span, CompletionStage<T> stage) {
    return trace(span, stage);
  }

  /**
   * For a method returning a subtype of {@link CompletionStage}: closes {@code span} when {@code
   * stage} completes and returns {@code stage} itself, since only it has the declared type.
   */
  public <F extends CompletionStage<?>> F closeOnCompletion(Span span, F stage) {
    if (stage == null) {
      completed(span, null, null, NOTHING);
      return null;
    }
    AtomicBoolean once = new AtomicBoolean();
    // handle, not whenComplete, whose future would wrap the exception and call its toString()
    stage.handle((value, error) -> {
      if (once.compareAndSet(false, true)) {
        completed(span, value, error, NOTHING);
      }
      return null;
    });
    return stage;
  }

  private <T> TracedFuture<T> trace(Span span, CompletionStage<T> stage) {
    if (stage == null) {
      completed(span, null, null, NOTHING);
      return null;
    }
    return TracedFuture.completingAfter(stage,
        (value, error, complete) -> completed(span, value, error, complete));
  }

  /**
   * Records the outcome of an async method inside its span, then closes the span and runs {@code
   * afterClose}. When the future completed inside a task that still has the span entered, the
   * span closes as that task exits it, and only then does the returned future complete: whoever
   * waits for it finds the span closed.
   */
  private void completed(Span span, Object value, Throwable error, Runnable afterClose) {
    try (Scope scope = span.enter()) {
      if (error == null) {
        returned(span, value);
      } else {
        failed(span, unwrap(error));
      }
    } finally {
      span.close(afterClose);
    }
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause() : error;
  }

  @Override
  public String toString() {
    return "MethodSite[" + span.metadata().name() + " " + span.metadata().target() + "]";
  }
}
