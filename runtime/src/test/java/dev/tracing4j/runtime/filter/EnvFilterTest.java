package dev.tracing4j.runtime.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.List;
import org.junit.jupiter.api.Test;

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
    assertEquals(List.of("com.shop=debug", "=info", "[place{order.id=42}]=trace"),
        EnvFilter.parse("info,com.shop=debug,[place{order.id=42}]=trace").directives());
  }
}
