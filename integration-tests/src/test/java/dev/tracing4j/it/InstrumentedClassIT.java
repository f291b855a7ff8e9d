package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.it.Trace.RecordedEvent;
import dev.tracing4j.it.Trace.RecordedSpan;
import dev.tracing4j.it.shop.Customer;
import dev.tracing4j.it.shop.InstrumentedOrderService;
import dev.tracing4j.it.shop.OrderService;
import dev.tracing4j.it.shop.PaymentException;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.filter.EnvFilter;
import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.registry.Registry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A class compiled with the processor: what its generated subclass records. */
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
  void recordsParametersFieldsExpressionsLaterRecordsAndTheReturnValue() throws Exception {
    Trace trace = Trace.start();
    assertEquals(70, service.place(7, ada, "4111"));

    RecordedSpan place = trace.span("place");
    assertEquals("dev.tracing4j.it.shop.OrderService", place.target);
    assertEquals(Level.INFO, place.level);
    assertEquals(map("orderId", 7L, "customer", "Customer[name=ada, address=Address[city=Paris]]",
        "customer.city", "Paris", "region", "eu", "total", 99L), place.fields());
    assertEquals(1, place.closes());
    List<RecordedEvent> events = trace.eventsIn(place);
    assertEquals(2, events.size(), events.toString());
    assertEquals("placed", events.get(0).message());
    assertEquals(map("return", 70L), events.get(1).fields());
    assertEquals(Level.INFO, events.get(1).level());
  }

  @Test
  void aCallThroughThisGetsItsOwnChildSpan() throws Exception {
    Trace trace = Trace.start();
    service.place(7, ada, "4111");
    RecordedSpan place = trace.span("place");
    RecordedSpan reserve = trace.span("reserve");
    assertEquals(place.id, reserve.parentId);
    assertEquals(Level.DEBUG, reserve.level);
    assertEquals(map("sku", "sku-7", "quantity", 2L), reserve.fields());
    RecordedEvent returned = trace.eventsIn(reserve).get(0);
    assertEquals(List.of("place", "reserve"), returned.scope());
    assertEquals(map("return", true), returned.fields());
    assertEquals(Level.DEBUG, returned.level());
  }

  @Test
  void aCheckedExceptionPassesThroughUnchangedAndIsRecordedOnce() {
    Trace trace = Trace.start();
    PaymentException thrown = assertThrows(PaymentException.class,
        () -> service.place(7, ada, ""));
    assertEquals("card declined for order 7", thrown.getMessage());
    RecordedSpan place = trace.span("place");
    assertEquals(1, place.closes());
    List<RecordedEvent> events = trace.eventsIn(place);
    assertEquals(1, events.size(), events.toString());
    assertEquals(Level.ERROR, events.get(0).level());
    assertEquals(map("error", "dev.tracing4j.it.shop.PaymentException: card declined for order 7"),
        events.get(0).fields());
  }

  @Test
  void aRuntimeExceptionIsTheSameInstanceTheMethodThrew() {
    Trace trace = Trace.start();
    IllegalStateException thrown = assertThrows(IllegalStateException.class, service::fail);
    assertEquals("broken", thrown.getMessage());
    assertEquals(StackTraceElement.class, thrown.getStackTrace()[0].getClass());
    assertEquals("fail", thrown.getStackTrace()[0].getMethodName(), "thrown by the original");
    assertEquals(1, trace.span("fail").closes());
    assertEquals(map("error", "java.lang.IllegalStateException: broken"),
        trace.events().get(0).fields());
  }

  @Test
  void varargsAndArraysAreRecordedWithTheirElements() {
    Trace trace = Trace.start();
    assertArrayEquals(new int[] {3}, service.histogram(4, 5, 6));
    RecordedSpan histogram = trace.span("histogram");
    assertEquals(map("values", "[4, 5, 6]"), histogram.fields());
    assertEquals(map("return", "[3]"), trace.eventsIn(histogram).get(0).fields());
  }

  @Test
  void overloadsAreDistinctSpans() {
    Trace trace = Trace.start();
    service.ship(5);
    service.ship("Rue de Rivoli");
    assertEquals(map("id", 5L), trace.span("ship.byId").fields());
    assertEquals(map("address", "Rue de Rivoli"), trace.span("ship.byAddress").fields());
  }

  @Test
  void primitivesKeepTheirTypes() {
    Trace trace = Trace.start();
    service.packageMethodForTest();
    assertEquals(map("b", 1L, "s", 2L, "c", "x", "f", 1.5, "d", 2.5, "flag", true, "boxed", 42L),
        trace.span("packageMethod").fields());
  }

  @Test
  void skipAllRecordsNoParameterAndPathsAreNullSafe() {
    Trace trace = Trace.start();
    assertEquals("hello ada", service.greet(ada, null));
    assertEquals(map("name", "ada", "nothing", null), trace.span("greet").fields());
  }

  @Test
  void aFieldExpressionThatThrowsDoesNotBreakTheMethod() {
    Trace trace = Trace.start();
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
  void whenDisabledTheMethodRunsAndNothingIsRecorded() throws Exception {
    Trace trace = Trace.start();
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
    assertEquals(List.of(), trace.spans());
    assertEquals(List.of(), trace.events());
  }

  @Test
  void theGeneratedClassIsAnOrderService() {
    assertTrue(service instanceof OrderService);
    assertSame(InstrumentedOrderService.class.getSuperclass(), OrderService.class);
    assertFalse(java.lang.reflect.Modifier.isFinal(InstrumentedOrderService.class.getModifiers()));
  }
}
