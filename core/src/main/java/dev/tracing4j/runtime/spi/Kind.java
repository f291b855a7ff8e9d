package dev.tracing4j.runtime.spi;

/**
 * Whether a callsite records spans or events.
 *
 * <pre>{@code
 * if (metadata.kind() == Kind.SPAN) { ... }
 * }</pre>
 */
public enum Kind {
  /** A period of time with a lifecycle: created, entered, exited, closed. */
  SPAN,
  /** A moment, recorded inside the current span. */
  EVENT
}
