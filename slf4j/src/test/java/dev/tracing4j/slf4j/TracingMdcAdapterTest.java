package dev.tracing4j.slf4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TracingMdcAdapterTest {

  private final TracingMdcAdapter mdc = new TracingMdcAdapter();

  @Test
  void entriesKeepTheOrderTheyWerePutIn() {
    mdc.put("z", "1");
    mdc.put("a", "2");
    mdc.put("m", "3");
    mdc.put("z", "4");
    assertEquals(List.of("z=4", "a=2", "m=3"), mdc.current().entrySet().stream()
        .map(Object::toString).toList());
    mdc.remove("a");
    assertEquals("{z=4, m=3}", mdc.getCopyOfContextMap().toString());
    mdc.clear();
    assertNull(mdc.current());
    assertNull(mdc.get("z"));
    assertThrows(IllegalArgumentException.class, () -> mdc.put(null, "x"));
  }

  @Test
  void aCopyIsIndependentAndSettingAMapCopiesIt() {
    Map<String, String> given = new LinkedHashMap<>(Map.of("user", "ada"));
    mdc.setContextMap(given);
    given.put("user", "grace");
    assertEquals("ada", mdc.get("user"));
    Map<String, String> copy = mdc.getCopyOfContextMap();
    copy.put("user", "linus");
    assertEquals("ada", mdc.get("user"));
    mdc.setContextMap(null);
    assertNull(mdc.current());
  }

  @Test
  void aThreadStartedHereInheritsACopy() throws InterruptedException {
    mdc.put("request.id", "r-1");
    AtomicReference<String> seen = new AtomicReference<>();
    Thread child = new Thread(() -> {
      seen.set(mdc.get("request.id"));
      mdc.put("request.id", "changed in the child");
    });
    child.start();
    child.join();
    assertEquals("r-1", seen.get());
    assertEquals("r-1", mdc.get("request.id"));
  }

  @Test
  void dequesByKeyWork() {
    mdc.pushByKey("step", "load");
    mdc.pushByKey("step", "parse");
    assertEquals("parse", mdc.popByKey("step"));
    assertEquals(List.of("load"), List.copyOf(mdc.getCopyOfDequeByKey("step")));
    mdc.clearDequeByKey("step");
    assertEquals(List.of(), List.copyOf(mdc.getCopyOfDequeByKey("step")));
  }
}
