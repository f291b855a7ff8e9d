package dev.tracing4j.runtime.format;

import java.util.Locale;

/**
 * A moment of a span's lifecycle that a formatting layer can print as an event.
 *
 * <pre>{@code
 * SpanEvents.of(SpanEvent.NEW, SpanEvent.CLOSE)
 * }</pre>
 */
public enum SpanEvent {
  /** The span was created. */
  NEW,
  /** A thread entered the span. */
  ENTER,
  /** A thread exited the span. */
  EXIT,
  /** The span closed; the event carries {@code time.busy} and {@code time.idle}. */
  CLOSE;

  /** The message of the lifecycle event: {@code new}, {@code enter}, {@code exit}, {@code close}. */
  public String message() {
    return name().toLowerCase(Locale.ROOT);
  }
}
