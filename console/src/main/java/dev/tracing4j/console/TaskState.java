package dev.tracing4j.console;

import java.util.Locale;

/** The state of a listed task or span, named in the API as {@link #wireName()}. */
enum TaskState {
  /** Created (for a task: submitted) and never entered yet: waiting in its executor's queue. */
  SCHEDULED,
  /** Entered on at least one thread now. */
  RUNNING,
  /** Entered before, not now, and not closed: waiting for something, such as a future. */
  IDLE,
  /** Closed. */
  DONE;

  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
