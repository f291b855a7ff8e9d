package dev.tracing4j.test;

import static dev.tracing4j.test.TracingAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/** Assertions read like the domain, and a failure says what happened instead, with the tree. */
@ExtendWith(TracingExtension.class)
class AssertionMessagesTest {

  private static final Tracer orders = Tracer.of("com.shop.OrderService");
  private static final Tracer payments = Tracer.of("com.shop.Payments");

  private static final String TREE = "recorded 3 spans and 2 events:\n"
      + "  handle{request.id=\"r-1\"} (closed)\n"
      + "    place{order.id=41 ratio=0.5} (closed)\n"
      + "       INFO com.shop.OrderService: placed ok=true\n"
      + "      charge{cents=450} (open)\n"
      + "        ERROR com.shop.Payments: declined reason=\"card\"";

  /** A request whose order was placed with the wrong id and whose charge never closed. */
  private static void handleRequest() {
    Span handle = orders.span(Level.INFO, "handle").field("request.id", "r-1").start();
    try (Scope h = handle.enter()) {
      Span place = orders.span(Level.INFO, "place").field("order.id", 41).field("ratio", 0.5)
          .start();
      try (Scope p = place.enter()) {
        orders.atInfo().field("ok", true).log("placed");
        Span charge = payments.span(Level.DEBUG, "charge").field("cents", 450).start();
        charge.inScope(() -> payments.atError().field("reason", "card").log("declined"));
      }
      place.close();
    }
    handle.close();
  }

  private static void assertFails(String expectation, Executable assertion) {
    AssertionError failure = assertThrows(AssertionError.class, assertion);
    assertEquals(expectation + "\n" + TREE, failure.getMessage());
  }

  @Test
  void expectationsThatHoldChainSilently(RecordedTrace trace) {
    handleRequest();
    assertThat(trace).hasRoots("handle").hasSpan("charge").hasSpans("place", 1).hasNoSpan("ship")
        .hasEvent(Level.ERROR, "declined")
        .span("place")
        .hasField("order.id", 41L).hasField("order.id", 41).hasField("ratio", 0.5)
        .hasField("ratio").hasNoField("customer")
        .hasTarget("com.shop.OrderService").hasLevel(Level.INFO)
        .hasParent("handle").isClosed().hasEvent(Level.INFO, "placed").hasChildren("charge")
        .child("charge").hasField("cents", 450).isOpen().hasNoChildren()
        .event(Level.ERROR, "declined").hasField("reason", "card").isInSpan("charge")
        .hasTarget("com.shop.Payments").hasLevel(Level.ERROR).hasMessage("declined");
    assertThat(trace.span("handle")).isRoot().child("place").parent().hasField("request.id", "r-1");
  }

  @Test
  void aFieldWithAnotherValueShowsBothWithTheirTypes(RecordedTrace trace) {
    handleRequest();
    assertFails("expected span place{order.id=41 ratio=0.5} to have field order.id=42 (Long),"
        + " but it has order.id=41 (Long)",
        () -> assertThat(trace).span("place").hasField("order.id", 42L));
    assertFails("expected span place{order.id=41 ratio=0.5} to have field order.id=\"41\""
        + " (String), but it has order.id=41 (Long)",
        () -> assertThat(trace).span("place").hasField("order.id", "41"));
    assertFails("expected span place{order.id=41 ratio=0.5} to have field ratio=1 (Long),"
        + " but it has ratio=0.5 (Double)",
        () -> assertThat(trace).span("place").hasField("ratio", 1));
  }

  @Test
  void aMissingFieldIsNamed(RecordedTrace trace) {
    handleRequest();
    assertFails("expected span place{order.id=41 ratio=0.5} to have field customer=\"ada\""
        + " (String), but it has no field customer",
        () -> assertThat(trace).span("place").hasField("customer", "ada"));
    assertFails("expected span place{order.id=41 ratio=0.5} to have a field customer, but it has"
        + " none", () -> assertThat(trace).span("place").hasField("customer"));
    assertFails("expected span place{order.id=41 ratio=0.5} to have no field ratio, but it has"
        + " ratio=0.5 (Double)", () -> assertThat(trace).span("place").hasNoField("ratio"));
  }

  @Test
  void aWrongParentShowsTheActualOne(RecordedTrace trace) {
    handleRequest();
    assertFails("expected span charge{cents=450} to have parent handle, but its parent is"
        + " place{order.id=41 ratio=0.5}",
        () -> assertThat(trace).span("charge").hasParent("handle"));
    assertFails("expected span handle{request.id=\"r-1\"} to have parent place, but it is a root",
        () -> assertThat(trace).span("handle").hasParent("place"));
    assertFails("expected span charge{cents=450} to be a root, but its parent is"
        + " place{order.id=41 ratio=0.5}", () -> assertThat(trace).span("charge").isRoot());
    assertFails("expected span handle{request.id=\"r-1\"} to have a parent, but it is a root",
        () -> assertThat(trace).span("handle").parent());
  }

  @Test
  void stateChildrenAndEventsSayWhatIsThereInstead(RecordedTrace trace) {
    handleRequest();
    assertFails("expected span charge{cents=450} to be closed, but it is open",
        () -> assertThat(trace).span("charge").isClosed());
    assertFails("expected span place{order.id=41 ratio=0.5} to be open, but it is closed",
        () -> assertThat(trace).span("place").isOpen());
    assertFails("expected span place{order.id=41 ratio=0.5} to have an ERROR event"
        + " \"declined\", but it has none",
        () -> assertThat(trace).span("place").hasEvent(Level.ERROR, "declined"));
    assertFails("expected span place{order.id=41 ratio=0.5} to have one WARN event \"placed\","
        + " but it has none", () -> assertThat(trace).span("place").event(Level.WARN, "placed"));
    assertFails("expected span place{order.id=41 ratio=0.5} to have no events, but it has 1",
        () -> assertThat(trace).span("place").hasNoEvents());
    assertFails("expected span place{order.id=41 ratio=0.5} to have no children, but it has 1:"
        + " charge{cents=450}", () -> assertThat(trace).span("place").hasNoChildren());
    assertFails("expected span handle{request.id=\"r-1\"} to have children named [place, audit],"
        + " but they are [place]",
        () -> assertThat(trace).span("handle").hasChildren("place", "audit"));
    assertFails("expected span handle{request.id=\"r-1\"} to have one child named charge, but it"
        + " has none", () -> assertThat(trace).span("handle").child("charge"));
    assertFails("expected span place{order.id=41 ratio=0.5} to have target com.shop.Payments,"
        + " but it has com.shop.OrderService",
        () -> assertThat(trace).span("place").hasTarget("com.shop.Payments"));
    assertFails("expected span place{order.id=41 ratio=0.5} to have level DEBUG, but it has"
        + " INFO", () -> assertThat(trace).span("place").hasLevel(Level.DEBUG));
    assertFails("expected span place{order.id=41 ratio=0.5} to follow from a span named handle,"
        + " but it follows from none", () -> assertThat(trace).span("place").followsFrom("handle"));
  }

  @Test
  void expectationsAboutTheWholeTraceSayWhatWasRecorded(RecordedTrace trace) {
    handleRequest();
    assertFails("expected a WARN event \"slow\", but none was recorded",
        () -> assertThat(trace).hasEvent(Level.WARN, "slow"));
    assertFails("expected one INFO event \"declined\", but none was recorded",
        () -> assertThat(trace).event(Level.INFO, "declined"));
    assertFails("expected no event at WARN or above, but 1 was recorded: ERROR \"declined\"",
        () -> assertThat(trace).hasNoEventAtOrAbove(Level.WARN));
    assertFails("expected every span to be closed, but 1 is open: charge{cents=450}",
        () -> assertThat(trace).hasAllSpansClosed());
    assertFails("expected root spans named [place], but they are [handle]",
        () -> assertThat(trace).hasRoots("place"));
    assertFails("expected 2 spans named place, but 1 was recorded",
        () -> assertThat(trace).hasSpans("place", 2));
    assertFails("expected no span named charge, but 1 was recorded",
        () -> assertThat(trace).hasNoSpan("charge"));
    assertFails("expected a span named ship, but none was recorded",
        () -> assertThat(trace).hasSpan("ship"));
    assertFails("expected one span named ship, but none was recorded",
        () -> assertThat(trace).span("ship"));
    assertFails("expected nothing to be recorded, but something was",
        () -> assertThat(trace).hasNothingRecorded());
  }

  @Test
  void eventExpectationsNameTheEvent(RecordedTrace trace) {
    handleRequest();
    EventAssert declined = assertThat(trace).event(Level.ERROR, "declined");
    assertFails("expected event ERROR \"declined\" to have field reason=\"limit\" (String), but it"
        + " has reason=\"card\" (String)", () -> declined.hasField("reason", "limit"));
    assertFails("expected event ERROR \"declined\" to be in span place, but it is in"
        + " charge{cents=450}", () -> declined.isInSpan("place"));
    assertFails("expected event ERROR \"declined\" to be outside any span, but it is in"
        + " charge{cents=450}", () -> declined.isOutsideAnySpan());
    assertFails("expected event ERROR \"declined\" to have message \"refused\", but it has"
        + " \"declined\"", () -> declined.hasMessage("refused"));
    assertFails("expected event ERROR \"declined\" to have level WARN, but it has ERROR",
        () -> declined.hasLevel(Level.WARN));
  }

  @Test
  void fmtContainsShowsTheFmtLinesInstead(RecordedTrace trace) {
    handleRequest();
    assertThat(trace).fmtContains("place{order.id=41 ratio=0.5}: com.shop.OrderService: placed");
    AssertionError failure = assertThrows(AssertionError.class,
        () -> assertThat(trace).fmtContains("order.id=42"));
    assertEquals("expected the fmt output to contain \"order.id=42\", but it is:\n"
        + " INFO handle{request.id=\"r-1\"}:place{order.id=41 ratio=0.5}: com.shop.OrderService:"
        + " placed ok=true\n"
        + "ERROR handle{request.id=\"r-1\"}:place{order.id=41 ratio=0.5}:charge{cents=450}:"
        + " com.shop.Payments: declined reason=\"card\"", failure.getMessage());
  }

  @Test
  void aCloseBeforeWorkInsideTheSpanIsShown(RecordedTrace trace) {
    Span job = orders.span(Level.INFO, "job").start();
    job.close();
    job.inScope(() -> orders.atInfo().log("late"));
    AssertionError failure = assertThrows(AssertionError.class,
        () -> assertThat(trace).span("job").closedAfterEverythingInside());
    assertEquals("expected span job to close after everything inside it, but event INFO \"late\""
        + " came after its close\n"
        + "recorded 1 span and 1 event:\n"
        + "  job (closed)\n"
        + "     INFO com.shop.OrderService: late", failure.getMessage());
  }

  @Test
  void anObjectFieldMatchesAnEqualObjectOrTheTextFmtPrints(RecordedTrace trace) {
    orders.span(Level.INFO, "greet").field("names", List.of("ada", "grace"))
        .field("text", new StringBuilder("hi")).start().close();
    assertThat(trace).span("greet").hasField("names", List.of("ada", "grace"))
        .hasField("names", "[ada, grace]").hasField("text", new StringBuilder("hi"));
  }
}
