package dev.tracing4j.runtime.format;

import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.output.WriterSettings;
import java.time.Clock;
import java.util.Objects;

/**
 * What a {@link FormattingLayer} is configured with, beside its output: the span lifecycle
 * events it writes and the clock of its timestamps.
 *
 * <pre>{@code
 * JsonLayer.builder().spanEvents(SpanEvents.parse("close")).clock(fixedClock).build();
 * }</pre>
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class FormattingSettings<B extends FormattingSettings<B>>
    extends WriterSettings<B> {
  private SpanEvents spanEvents = SpanEvents.NONE;
  private Clock clock = Clock.systemUTC();

  protected FormattingSettings(Output defaultOutput) {
    super(defaultOutput);
  }

  /** Which span lifecycle events to write; none by default. */
  public B spanEvents(SpanEvents spanEvents) {
    this.spanEvents = Objects.requireNonNull(spanEvents, "spanEvents");
    return self();
  }

  /** The clock for timestamps, for tests; the system's UTC clock by default. */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /** The configured span lifecycle events. */
  public SpanEvents spanEvents() {
    return spanEvents;
  }

  /** The configured clock. */
  public Clock clock() {
    return clock;
  }
}
