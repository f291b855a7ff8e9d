package dev.tracing4j.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanEventsTest {

  @Test
  void parsesListsAndShorthands() {
    assertEquals(SpanEvents.of(SpanEvent.NEW, SpanEvent.CLOSE), SpanEvents.parse("new, CLOSE"));
    assertEquals(SpanEvents.ACTIVE, SpanEvents.parse("active"));
    assertEquals(SpanEvents.FULL, SpanEvents.parse("full"));
    assertEquals(SpanEvents.FULL, SpanEvents.parse("active,new,close"));
    assertEquals(SpanEvents.NONE, SpanEvents.parse("none"));
    assertTrue(SpanEvents.ACTIVE.contains(SpanEvent.ENTER));
    assertFalse(SpanEvents.ACTIVE.contains(SpanEvent.CLOSE));
  }

  @Test
  void rejectsUnknownWordsNamingTheAcceptedForms() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SpanEvents.parse("new,start"));
    assertEquals("unknown span event 'start'; expected a comma-separated list of new, enter, exit,"
        + " close, or one of none, active, full", e.getMessage());
  }
}
