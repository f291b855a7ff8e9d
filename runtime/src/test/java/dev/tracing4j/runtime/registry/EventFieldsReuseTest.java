package dev.tracing4j.runtime.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracing4j.runtime.EventBuilder;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events borrow their thread's field list while they are recorded; builders that overlap, are
 * abandoned, or are used while another event is being formatted must still record their own
 * fields.
 */
class EventFieldsReuseTest {

  private static final Tracer log = Tracer.of("test.reuse");

  private static List<String> recorded(Runnable program) {
    RecordingLayer layer = new RecordingLayer();
    Tracing.withDefault(Registry.builder().with(layer).build(), program);
    return layer.events();
  }

  @Test
  void overlappingBuildersOnOneThreadKeepTheirOwnFields() {
    List<String> events = recorded(() -> {
      EventBuilder first = log.atInfo().field("a", 1);
      EventBuilder second = log.atInfo().field("b", 2);
      first.field("a2", 11).log();
      second.field("b2", 22).log();
    });
    assertEquals(List.of(": a=1 a2=11", ": b=2 b2=22"), events);
  }

  @Test
  void anAbandonedBuilderDoesNotDisturbLaterEvents() {
    List<String> events = recorded(() -> {
      log.atInfo().field("never", "logged");
      for (int i = 0; i < 3; i++) {
        log.atInfo().field("i", i).log();
      }
    });
    assertEquals(List.of(": i=0", ": i=1", ": i=2"), events);
  }

  @Test
  void anEventRecordedWhileAnotherIsFormattedKeepsBothIntact() {
    Object chatty = new Object() {
      @Override
      public String toString() {
        log.atInfo().field("inner", true).log();
        return "chatty";
      }
    };
    List<String> events = recorded(() -> log.atInfo().field("outer", chatty).field("n", 5).log());
    // Rendering the outer event's fields records the inner one first; the outer keeps its own.
    assertEquals(List.of(": inner=true", ": outer=chatty n=5"), events);
  }

  @Test
  void aBuilderRecordsOneEvent() {
    List<String> events = recorded(() -> {
      EventBuilder builder = log.atInfo().field("a", 1);
      builder.log("first");
      builder.log("second");
    });
    assertEquals(List.of(": first", ": second"), events);
  }
}
