package dev.tracing4j.it;

import static dev.tracing4j.test.TracingAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.it.shop.InstrumentedInventory;
import dev.tracing4j.it.shop.InstrumentedJob;
import dev.tracing4j.it.shop.InstrumentedJob_Steps_Step;
import dev.tracing4j.it.shop.InstrumentedRepository;
import dev.tracing4j.it.shop.InstrumentedShipping;
import dev.tracing4j.it.shop.Inventory;
import dev.tracing4j.it.shop.Job;
import dev.tracing4j.it.shop.Repository;
import dev.tracing4j.it.shop.Shipping;
import dev.tracing4j.test.RecordedSpan;
import dev.tracing4j.test.RecordedTrace;
import dev.tracing4j.test.TracingExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Generic, abstract and nested classes, and interfaces, compiled with the processor. */
@ExtendWith(TracingExtension.class)
class GenericsAndNestingIT {

  @Test
  void aGenericClassAndAGenericMethod(RecordedTrace trace) {
    Repository<String> repository = new InstrumentedRepository<>();
    repository.add("abc");
    repository.add("de");
    List<Integer> lengths = repository.map(String::length);
    assertEquals(List.of(3, 2), lengths);
    assertEquals(List.of(Map.of("item", "abc", "length", 3L), Map.of("item", "de", "length", 2L)),
        trace.spans("add").stream().map(RecordedSpan::fields).toList());
    assertThat(trace).span("map").hasNoField("mapper")
        .event(Level.INFO, "").hasField("return", "[3, 2]");
    assertEquals(Map.of(), trace.span("map").fields(), "the mapper is skipped");
  }

  @Test
  void anAbstractClassWithConstructorParametersIsExtendedThroughTheGeneratedClass(
      RecordedTrace trace) {
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
  void aSealedClassThatPermitsTheGeneratedSubclass(RecordedTrace trace) {
    Shipping shipping = new InstrumentedShipping();
    assertEquals(25, shipping.quote(250));
    assertThat(trace).span("quote").hasField("grams", 250)
        .event(Level.INFO, "").hasField("return", 25);
    assertEquals(Map.of("grams", 250L), trace.span("quote").fields());
    assertTrue(Shipping.class.isSealed());
  }

  @Test
  void aStaticNestedClassGetsAFlatName(RecordedTrace trace) {
    Job.Steps.Step step = new InstrumentedJob_Steps_Step();
    assertEquals("step one", step.describe("one"));
    assertThat(trace).span("describe").hasTarget("dev.tracing4j.it.shop.Job$Steps$Step");
  }

  @Test
  void anInterfaceDecoratorTracesAnnotatedMethodsAndDelegatesTheRest(RecordedTrace trace) {
    Inventory.InMemory store = new Inventory.InMemory();
    Inventory inventory = new InstrumentedInventory(store);
    assertEquals(8, inventory.reserve("sku-1", 4));
    inventory.release("sku-1");
    assertEquals(true, inventory.available("sku-2"));
    assertEquals(1, store.released, "release is delegated");

    assertEquals(Map.of("sku", "sku-1", "quantity", 4L), trace.span("reserve").fields());
    assertThat(trace).span("reserve").event(Level.INFO, "").hasField("return", 8);
    // available() runs on the delegate, whose own reserve() call is not instrumented.
    assertEquals(Map.of("sku", "sku-2"), trace.span("available").fields());
    assertThat(trace).hasRoots("reserve", "available");
  }

  @Test
  void aDecoratorRejectsANullDelegate() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> new InstrumentedInventory(null));
    assertEquals("delegate", e.getMessage());
  }
}
