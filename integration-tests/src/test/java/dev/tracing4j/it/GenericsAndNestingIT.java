package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.it.Trace.RecordedSpan;
import dev.tracing4j.it.shop.InstrumentedInventory;
import dev.tracing4j.it.shop.InstrumentedJob;
import dev.tracing4j.it.shop.InstrumentedJob_Steps_Step;
import dev.tracing4j.it.shop.InstrumentedRepository;
import dev.tracing4j.it.shop.InstrumentedShipping;
import dev.tracing4j.it.shop.Inventory;
import dev.tracing4j.it.shop.Job;
import dev.tracing4j.it.shop.Repository;
import dev.tracing4j.it.shop.Shipping;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Generic, abstract and nested classes, and interfaces, compiled with the processor. */
class GenericsAndNestingIT {

  @Test
  void aGenericClassAndAGenericMethod() {
    Trace trace = Trace.start();
    Repository<String> repository = new InstrumentedRepository<>();
    repository.add("abc");
    repository.add("de");
    List<Integer> lengths = repository.map(String::length);
    assertEquals(List.of(3, 2), lengths);
    assertEquals(List.of(Map.of("item", "abc", "length", 3L), Map.of("item", "de", "length", 2L)),
        trace.spans("add").stream().map(RecordedSpan::fields).toList());
    RecordedSpan map = trace.span("map");
    assertEquals(Map.of(), map.fields(), "the mapper is skipped");
    assertEquals(Map.of("return", "[3, 2]"), trace.eventsIn(map).get(0).fields());
  }

  @Test
  void anAbstractClassWithConstructorParametersIsExtendedThroughTheGeneratedClass() {
    Trace trace = Trace.start();
    Job job = new InstrumentedJob("nightly", 3) {
      @Override
      protected String step() {
        return "load";
      }
    };
    assertEquals("nightly:load:3", job.run(job));
    assertEquals(Map.of("job", "nightly"), trace.span("run").fields());
  }

  @Test
  void aSealedClassThatPermitsTheGeneratedSubclass() {
    Trace trace = Trace.start();
    Shipping shipping = new InstrumentedShipping();
    assertEquals(25, shipping.quote(250));
    RecordedSpan quote = trace.span("quote");
    assertEquals(Map.of("grams", 250L), quote.fields());
    assertEquals(Map.of("return", 25L), trace.eventsIn(quote).get(0).fields());
    assertTrue(Shipping.class.isSealed());
  }

  @Test
  void aStaticNestedClassGetsAFlatName() {
    Trace trace = Trace.start();
    Job.Steps.Step step = new InstrumentedJob_Steps_Step();
    assertEquals("step one", step.describe("one"));
    RecordedSpan describe = trace.span("describe");
    assertEquals("dev.tracing4j.it.shop.Job$Steps$Step", describe.target);
  }

  @Test
  void anInterfaceDecoratorTracesAnnotatedMethodsAndDelegatesTheRest() {
    Trace trace = Trace.start();
    Inventory.InMemory store = new Inventory.InMemory();
    Inventory inventory = new InstrumentedInventory(store);
    assertEquals(8, inventory.reserve("sku-1", 4));
    inventory.release("sku-1");
    assertEquals(true, inventory.available("sku-2"));
    assertEquals(1, store.released, "release is delegated");

    RecordedSpan reserve = trace.span("reserve");
    assertEquals(Map.of("sku", "sku-1", "quantity", 4L), reserve.fields());
    assertEquals(Map.of("return", 8L), trace.eventsIn(reserve).get(0).fields());
    // available() runs on the delegate, whose own reserve() call is not instrumented.
    assertEquals(Map.of("sku", "sku-2"), trace.span("available").fields());
    assertEquals(2, trace.spans().size(), trace.spans().toString());
  }

  @Test
  void aDecoratorRejectsANullDelegate() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> new InstrumentedInventory(null));
    assertEquals("delegate", e.getMessage());
  }
}
