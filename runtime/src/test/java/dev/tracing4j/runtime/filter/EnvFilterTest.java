package dev.tracing4j.runtime.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.registry.RecordingLayer;
import dev.tracing4j.runtime.registry.Registry;
import dev.tracing4j.runtime.spi.Interest;
import dev.tracing4j.runtime.spi.Kind;
import dev.tracing4j.runtime.spi.Metadata;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvFilterTest {

  private static final Tracer shop = Tracer.of("com.shop");
  private static final Tracer repo = Tracer.of("com.shop.db.Repo");
  private static final Tracer shopping = Tracer.of("com.shopping.Cart");
  private static final Tracer other = Tracer.of("org.other");

  private static List<String> recorded(String filter, Runnable program) {
    RecordingLayer layer = new RecordingLayer();
    Tracing.withDefault(Registry.builder().with(layer, EnvFilter.parse(filter)).build(), program);
    return layer.events();
  }

  private static void everyLevel(Tracer tracer) {
    for (Level level : Level.values()) {
      tracer.at(level).log(tracer.target() + " " + level);
    }
  }

  private static Interest interest(String filter, String target, Level level) {
    return EnvFilter.parse(filter).interest(Metadata.of("e", target, level, Kind.EVENT));
  }

  @Test
  void aLevelAloneAppliesToEveryTarget() {
    assertEquals(List.of(": org.other WARN", ": org.other ERROR"),
        recorded("warn", () -> everyLevel(other)));
  }

  @Test
  void aTargetMatchesItselfAndNamesUnderItAtADot() {
    List<String> events = recorded("com.shop=debug", () -> {
      shop.atDebug().log("shop");
      repo.atDebug().log("repo");
      shopping.atError().log("shopping");
      other.atError().log("other");
    });
    assertEquals(List.of(": shop", ": repo"), events);
  }

  @Test
  void theMostSpecificDirectiveWinsWhateverTheOrder() {
    Runnable program = () -> {
      repo.atTrace().log("repo trace");
      shop.atDebug().log("shop debug");
      shop.atInfo().log("shop info");
      other.atInfo().log("other info");
    };
    List<String> expected = List.of(": repo trace", ": shop info", ": other info");
    assertEquals(expected, recorded("com.shop.db=trace,info", program));
    assertEquals(expected, recorded("info,com.shop.db=trace", program));
  }

  @Test
  void aMoreSpecificDirectiveCanAlsoBeQuieter() {
    List<String> events = recorded("debug,com.shop.db=off", () -> {
      repo.atError().log("repo");
      shop.atDebug().log("shop");
    });
    assertEquals(List.of(": shop"), events);
  }

  @Test
  void amongEqualDirectivesTheLaterOneWins() {
    assertEquals(List.of(": com.shop ERROR"), recorded("com.shop=info,com.shop=error",
        () -> everyLevel(shop)));
  }

  @Test
  void offRecordsNothing() {
    assertEquals(List.of(), recorded("off", () -> everyLevel(shop)));
  }

  @Test
  void interestIsNeverWhenNoDirectiveCouldEnableTheCallsite() {
    assertEquals(Interest.ALWAYS, interest("com.shop=debug", "com.shop.x", Level.DEBUG));
    assertEquals(Interest.NEVER, interest("com.shop=debug", "com.shop.x", Level.TRACE));
    assertEquals(Interest.NEVER, interest("com.shop=debug", "org.other", Level.ERROR));
    assertEquals(Interest.SOMETIMES, interest("info,[place{id=1}]=trace", "org.other", Level.DEBUG));
    assertEquals(Interest.NEVER, interest("info,[place{id=1}]=debug", "org.other", Level.TRACE));
  }

  @Test
  void aSpanFieldDirectiveEnablesEverythingInsideAMatchingSpan() {
    List<String> events = recorded("info,[place{order.id=42}]=trace", () -> {
      for (long id : new long[] {41, 42}) {
        Span place = shop.span(Level.INFO, "place").field("order.id", id).start();
        try (Scope scope = place.enter()) {
          repo.atTrace().log("trace in " + id);
          Span child = other.span(Level.DEBUG, "child").start();
          try (Scope inner = child.enter()) {
            other.atDebug().log("debug in child of " + id);
          }
          child.close();
        }
        place.close();
      }
      repo.atTrace().log("trace outside");
    });
    assertEquals(List.of("place: trace in 42", "place>child: debug in child of 42"), events);
  }

  @Test
  void aSpanFieldDirectiveMatchesAFieldRecordedLater() {
    List<String> events = recorded("info,[job{user}]=debug", () -> {
      Span job = shop.span(Level.INFO, "job").start();
      try (Scope scope = job.enter()) {
        shop.atDebug().log("before");
        job.record("user", "ada");
        shop.atDebug().log("after");
      }
      job.close();
    });
    assertEquals(List.of("job: after"), events);
  }

  @Test
  void fieldValuesCompareByType() {
    Runnable program = () -> {
      Span span = shop.span(Level.INFO, "s").field("n", 7).field("ok", true)
          .field("name", "bob").field("ratio", 0.5).start();
      try (Scope scope = span.enter()) {
        shop.atDebug().log("in");
      }
      span.close();
    };
    assertEquals(List.of("s: in"), recorded("info,[s{n=7}]=debug", program));
    assertEquals(List.of("s: in"), recorded("info,[s{ok=true}]=debug", program));
    assertEquals(List.of("s: in"), recorded("info,[s{name=\"bob\"}]=debug", program));
    assertEquals(List.of("s: in"), recorded("info,[s{ratio=0.5}]=debug", program));
    assertEquals(List.of("s: in"), recorded("info,[s{n=7,name=bob}]=debug", program));
    assertEquals(List.of(), recorded("info,[s{n=8}]=debug", program));
    assertEquals(List.of(), recorded("info,[s{n=7,name=alice}]=debug", program));
    assertEquals(List.of(), recorded("info,[other{n=7}]=debug", program));
  }

  @Test
  void aSpanNameDirectiveWithATargetOnlyMatchesSpansOfThatTarget() {
    Runnable program = () -> {
      for (Tracer tracer : List.of(shop, other)) {
        Span span = tracer.span(Level.INFO, "work").start();
        try (Scope scope = span.enter()) {
          tracer.atDebug().log(tracer.target());
        }
        span.close();
      }
    };
    assertEquals(List.of("work: com.shop"), recorded("info,com.shop[work]=debug", program));
  }

  @Test
  void canonicalDirectivesAreListed() {
    assertEquals(List.of("com.shop=debug", "info", "[place{order.id=42}]=trace"),
        EnvFilter.parse("info,com.shop=debug,[place{order.id=42}]=trace").directives());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "com.shop.db=trace,info",
      "info,com.shop=",
      "warn,[req{path=\"/a,b\",n=1}]=debug,[{user}]=trace",
      "[GET /orders]=debug,com.shop[place{ok=true}]",
      "com.shop=info,com.shop=error,off",
  })
  void directivesParseBackToTheSameFilter(String filter) {
    List<String> directives = EnvFilter.parse(filter).directives();
    assertEquals(directives, EnvFilter.parse(String.join(",", directives)).directives());
  }

  @Test
  void directivesShowBareLevelsAndQuotedValuesAsWritten() {
    assertEquals(List.of("com.shop.db=trace", "info"),
        EnvFilter.parse("com.shop.db=trace,info").directives());
    assertEquals(List.of("[req{path=\"/a,b\",who=\"bob\"}]=debug"),
        EnvFilter.parse("[req{path=\"/a,b\", who=\"bob\"}]=debug").directives());
  }

  @Test
  void theDocumentedDirectivesExampleHolds() {
    assertEquals(List.of("com.shop.db=trace", "info", "[req{path=\"/a,b\"}]=trace"),
        EnvFilter.parse("info,com.shop.db=trace,[req{path=\"/a,b\"}]").directives());
    assertEquals(List.of("com.shop.db=trace", "info", "[place{order.id=42}]=trace"),
        EnvFilter.parse("info,com.shop.db=trace,[place{order.id=42}]=trace").directives());
  }

  @Test
  void aLaterDuplicateReplacesAnEarlierOne() {
    assertEquals(List.of("com.shop=error"),
        EnvFilter.parse("com.shop=info,com.shop=error").directives());
    assertEquals(List.of("[place]=debug"), EnvFilter.parse("[place],[place]=debug").directives());
  }

  @Test
  void aSpanNameWithSpacesMatchesThatSpan() {
    List<String> events = recorded("warn,[GET /orders]=debug", () -> {
      for (String name : List.of("GET /orders", "GET /users")) {
        shop.span(Level.INFO, name).start().inScope(() -> shop.atDebug().log("in " + name));
      }
    });
    assertEquals(List.of("GET /orders: in GET /orders"), events);
  }

  @Test
  void aSpanEnteredInsideAMatchingSpanIsInsideIt() {
    List<String> events = recorded("info,[outer]=debug", () -> {
      Span outer = shop.span(Level.INFO, "outer").start();
      Span sibling = shop.span(Level.INFO, "sibling").start();
      try (Scope o = outer.enter(); Scope s = sibling.enter()) {
        shop.atDebug().log("inside both");
      }
      try (Scope s = sibling.enter()) {
        shop.atDebug().log("inside sibling only");
      }
    });
    assertEquals(List.of("sibling: inside both"), events);
  }

  @Test
  void aChildOfAMatchingSpanCarriesItToAnotherThread() throws Exception {
    RecordingLayer layer = new RecordingLayer();
    Registry registry = Registry.builder().with(layer, EnvFilter.parse("info,[place]=debug")).build();
    Runnable[] task = new Runnable[1];
    Tracing.withDefault(registry, () -> {
      Span place = shop.span(Level.INFO, "place").start();
      try (Scope scope = place.enter()) {
        Span child = shop.span(Level.INFO, "child").start();
        task[0] = child.wrap(() -> shop.atDebug().log("on the worker"));
      }
    });
    Thread worker = new Thread(() -> Tracing.withDefault(registry, task[0]));
    worker.start();
    worker.join();
    assertEquals(List.of("place>child: on the worker"), layer.events());
  }

  @Test
  void scopesMayCloseOutOfOrder() {
    List<String> events = recorded("info,[outer]=debug", () -> {
      Span outer = shop.span(Level.INFO, "outer").start();
      Span unrelated = other.span(Level.INFO, "other").start();
      Scope outerScope = outer.enter();
      Scope otherScope = unrelated.enter();
      shop.atDebug().log("inside both");
      outerScope.close();
      shop.atDebug().log("inside other only");
      otherScope.close();
      shop.atDebug().log("outside");
    });
    assertEquals(List.of("other: inside both"), events);
  }

  @Test
  void aMatchingSpanIsRecordedDownToItsDirectivesLevelOnly() {
    RecordingLayer layer = new RecordingLayer();
    Tracing.withDefault(Registry.builder().with(layer, EnvFilter.parse("[cool]=debug")).build(),
        () -> {
          shop.span(Level.DEBUG, "cool").start().inScope(() -> shop.atDebug().log("in debug"));
          shop.span(Level.TRACE, "cool").start().inScope(() -> shop.atDebug().log("in trace"));
        });
    assertEquals(List.of("cool: in debug", ": in trace"), layer.events());
    assertEquals(List.of("new cool", "enter cool", "exit cool"), layer.lifecycle());
  }

  /** When subscribers disagree the callsite asks {@code enabled} each time; it must agree. */
  @Test
  void enabledAgreesWithInterestForASpanThatCouldMatch() {
    EnvFilter filter = EnvFilter.parse("[cool]=debug");
    Metadata cool = Metadata.of("cool", "com.shop", Level.TRACE, Kind.SPAN);
    assertEquals(Interest.ALWAYS, filter.interest(cool));
    assertEquals(true, filter.enabled(cool, null));
    assertEquals(false, filter.enabled(Metadata.of("warm", "com.shop", Level.TRACE, Kind.SPAN),
        null));
  }

  @Test
  void aSpanDirectiveAtOffNeitherSilencesNorEnables() {
    Runnable program = () -> shop.span(Level.INFO, "noisy").start().inScope(() -> {
      shop.atInfo().log("info");
      shop.atDebug().log("debug");
    });
    assertEquals(List.of("noisy: info"), recorded("info,[noisy]=off", program));
    assertEquals(List.of(), recorded("warn,[noisy]=off", program));
  }

  @Test
  void anEventCallsiteThatDeclaresTheFieldIsEnabledStatically() {
    Metadata declared = new Metadata("e", "org.other", Level.DEBUG, Kind.EVENT, List.of("user"),
        null, 0);
    Metadata undeclared = Metadata.of("e", "org.other", Level.DEBUG, Kind.EVENT);
    EnvFilter filter = EnvFilter.parse("info,[{user}]=debug");
    assertEquals(Interest.ALWAYS, filter.interest(declared));
    assertEquals(Interest.SOMETIMES, filter.interest(undeclared));
    // A more specific target directive wins, as for any static directive.
    assertEquals(Interest.NEVER, EnvFilter.parse("org.other=info,[{user}]=debug")
        .interest(new Metadata("e", "org.other", Level.TRACE, Kind.EVENT, List.of("user"), null,
            0)));
    assertEquals(Interest.SOMETIMES, EnvFilter.parse("org.other=info,[{user}]=debug")
        .interest(declared));
  }

  /**
   * The thread's allocated bytes, read through reflection because the runtime module does not read
   * {@code jdk.management}; reflection needs no readability, only the exported package.
   */
  private static long allocatedBytes() {
    try {
      Object threads = Class.forName("java.lang.management.ManagementFactory")
          .getMethod("getThreadMXBean").invoke(null);
      Method allocated = Class.forName("com.sun.management.ThreadMXBean")
          .getMethod("getCurrentThreadAllocatedBytes");
      return (Long) allocated.invoke(threads);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("this JVM does not count allocated bytes per thread", e);
    }
  }

  @Test
  void decidingInsideAMatchingSpanAllocatesNothing() {
    long[] allocated = {Long.MAX_VALUE};
    int[] enabled = new int[1];
    recorded("info,[place{order.id=42}]=debug", () -> {
      Span place = shop.span(Level.INFO, "place").field("order.id", 42L).start();
      Span child = other.span(Level.INFO, "child").start();
      try (Scope p = place.enter(); Scope c = child.enter()) {
        for (int round = 0; round < 5; round++) {
          long before = allocatedBytes();
          for (int i = 0; i < 100_000; i++) {
            enabled[0] += other.isEnabled(Level.DEBUG) ? 1 : 0;
            enabled[0] += other.isEnabled(Level.TRACE) ? 1 : 0;
          }
          allocated[0] = Math.min(allocated[0], allocatedBytes() - before);
        }
      }
    });
    assertEquals(500_000, enabled[0]);
    // The quietest round: the measurement and the JIT may allocate a few KB; one object per
    // decision would be at least 3 MB.
    assertTrue(allocated[0] < 16_000, allocated[0] + " bytes allocated by 200000 decisions");
  }
}
