package dev.tracing4j.it;

import static dev.tracing4j.test.TracingAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.it.shop.Customer;
import dev.tracing4j.it.shop.InstrumentedOrderService;
import dev.tracing4j.it.shop.OrderService;
import dev.tracing4j.it.shop.PaymentException;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.filter.EnvFilter;
import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.registry.Registry;
import dev.tracing4j.test.RecordedEvent;
import dev.tracing4j.test.RecordedSpan;
import dev.tracing4j.test.RecordedTrace;
import dev.tracing4j.test.TracingExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A class compiled with the processor: what its generated subclass records. */
@ExtendWith(TracingExtension.class)
class InstrumentedClassIT {

  private final OrderService service = new InstrumentedOrderService("eu-west");
  private final Customer ada = new Customer("ada", new Customer.Address("Paris"));

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void recordsParametersFieldsExpressionsLaterRecordsAndTheReturnValue(RecordedTrace trace)
      throws Exception {
    assertEquals(70, service.place(7, ada, "4111"));

    RecordedSpan place = trace.span("place");
    assertEquals(map("orderId", 7L, "customer", ada, "customer.city", "Paris", "region", "eu",
        "total", 99L), place.fields(), "the customer as recorded, the card skipped");
    assertThat(place).hasTarget("dev.tracing4j.it.shop.OrderService").hasLevel(Level.INFO)
        .hasField("customer", "Customer[name=ada, address=Address[city=Paris]]")
        .isClosed().hasChildren("reserve");
    List<RecordedEvent> events = place.events();
    assertEquals(2, events.size(), events.toString());
    assertThat(events.get(0)).hasMessage("placed").hasField("region", "eu-west");
    assertThat(events.get(1)).hasLevel(Level.INFO).hasMessage("");
    assertEquals(map("return", 70L), events.get(1).fields());
  }

  @Test
  void aCallThroughThisGetsItsOwnChildSpan(RecordedTrace trace) throws Exception {
    service.place(7, ada, "4111");
    assertThat(trace).span("reserve").hasParent("place").hasLevel(Level.DEBUG)
        .hasField("sku", "sku-7").hasField("quantity", 2)
        .event(Level.DEBUG, "").hasField("return", true);
    assertEquals(map("sku", "sku-7", "quantity", 2L), trace.span("reserve").fields());
    assertThat(trace).fmtContains("DEBUG place{orderId=7 customer=Customer[name=ada,"
        + " address=Address[city=Paris]] customer.city=\"Paris\" region=\"eu\"}"
        + ":reserve{sku=\"sku-7\" quantity=2}: dev.tracing4j.it.shop.OrderService: return=true\n");
  }

  @Test
  void aCheckedExceptionPassesThroughUnchangedAndIsRecordedOnce(RecordedTrace trace) {
    PaymentException thrown = assertThrows(PaymentException.class,
        () -> service.place(7, ada, ""));
    assertEquals("card declined for order 7", thrown.getMessage());
    RecordedSpan place = trace.span("place");
    assertThat(place).isClosed().hasNoChildren();
    assertEquals(1, place.events().size(), place.events().toString());
    assertThat(place.events().get(0)).hasLevel(Level.ERROR)
        .hasField("error", "dev.tracing4j.it.shop.PaymentException: card declined for order 7");
  }

  @Test
  void aRuntimeExceptionIsTheSameInstanceTheMethodThrew(RecordedTrace trace) {
    IllegalStateException thrown = assertThrows(IllegalStateException.class, service::fail);
    assertEquals("broken", thrown.getMessage());
    assertEquals(StackTraceElement.class, thrown.getStackTrace()[0].getClass());
    assertEquals("fail", thrown.getStackTrace()[0].getMethodName(), "thrown by the original");
    assertThat(trace).span("fail").isClosed();
    assertEquals(map("error", "java.lang.IllegalStateException: broken"),
        trace.events().get(0).fields());
  }

  @Test
  void varargsAndArraysAreRecordedWithTheirElements(RecordedTrace trace) {
    assertArrayEquals(new int[] {3}, service.histogram(4, 5, 6));
    assertThat(trace).span("histogram").hasField("values", "[4, 5, 6]")
        .event(Level.INFO, "").hasField("return", "[3]");
    assertArrayEquals(new int[] {4, 5, 6}, (int[]) trace.span("histogram").fields().get("values"));
  }

  @Test
  void overloadsAreDistinctSpans(RecordedTrace trace) {
    service.ship(5);
    service.ship("Rue de Rivoli");
    assertEquals(map("id", 5L), trace.span("ship.byId").fields());
    assertEquals(map("address", "Rue de Rivoli"), trace.span("ship.byAddress").fields());
  }

  @Test
  void primitivesKeepTheirTypes(RecordedTrace trace) {
    service.packageMethodForTest();
    assertEquals(map("b", 1L, "s", 2L, "c", "x", "f", 1.5, "d", 2.5, "flag", true, "boxed", 42L),
        trace.span("packageMethod").fields());
  }

  @Test
  void skipAllRecordsNoParameterAndPathsAreNullSafe(RecordedTrace trace) {
    assertEquals("hello ada", service.greet(ada, null));
    assertEquals(map("name", "ada", "nothing", null), trace.span("greet").fields());
  }

  @Test
  void aFieldExpressionThatThrowsDoesNotBreakTheMethod(RecordedTrace trace) {
    ByteArrayOutputStream reports = new ByteArrayOutputStream();
    PrintStream stderr = FailureReporter.redirect(
        new PrintStream(reports, true, StandardCharsets.UTF_8));
    try {
      service.throwingField(new OrderService.ThrowingCustomer());
    } finally {
      FailureReporter.redirect(stderr);
    }
    Object bad = trace.span("throwingField").fields().get("bad");
    assertTrue(String.valueOf(bad).startsWith("<bad threw java.lang.IllegalStateException: no name"),
        String.valueOf(bad));
    assertTrue(reports.toString(StandardCharsets.UTF_8).startsWith(
        "tracing4j: evaluating field 'bad' of span 'throwingField' failed; the program goes on"),
        reports.toString(StandardCharsets.UTF_8));
  }

  @Test
  void whenDisabledTheMethodRunsAndNothingIsRecorded(RecordedTrace trace) throws Exception {
    long[] result = new long[1];
    Registry off = Registry.builder().with(new dev.tracing4j.runtime.registry.Layer() {},
        EnvFilter.parse("off")).build();
    Tracing.withDefault(off, () -> {
      try {
        result[0] = service.place(3, ada, "4111");
      } catch (PaymentException e) {
        throw new AssertionError(e);
      }
    });
    assertEquals(30, result[0]);
    assertThat(trace).hasNothingRecorded();
  }

  @Test
  void theGeneratedClassIsAnOrderService() {
    assertTrue(service instanceof OrderService);
    assertSame(InstrumentedOrderService.class.getSuperclass(), OrderService.class);
    assertFalse(java.lang.reflect.Modifier.isFinal(InstrumentedOrderService.class.getModifiers()));
  }
}
