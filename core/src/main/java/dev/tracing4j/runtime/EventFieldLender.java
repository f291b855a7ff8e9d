package dev.tracing4j.runtime;

import dev.tracing4j.runtime.spi.FieldValues;

/**
 * One thread's field list for events, lent to one event builder at a time: an event's fields live
 * only during its record call, so the list is cleared and reused and an enabled event allocates
 * none. Only its own thread touches it.
 */
final class EventFieldLender {
  private FieldValues fields;
  private boolean lent;

  /** The thread's field list, or a fresh one while it is lent out. */
  FieldValues lend() {
    if (lent) {
      return new FieldValues(4); // a builder abandoned, or an event recorded while formatting one
    }
    if (fields == null) {
      fields = new FieldValues(4);
    }
    lent = true;
    return fields;
  }

  /** Takes the list back once its event was recorded; a fresh list lent meanwhile is dropped. */
  void giveBack(FieldValues given) {
    if (given == fields) {
      given.clear();
      lent = false;
    }
  }
}
