package dev.tracing4j.runtime.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Callsite;
import dev.tracing4j.runtime.EventBuilder;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.SpanBuilder;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.registry.RecordingLayer;
import dev.tracing4j.runtime.registry.Registry;
import dev.tracing4j.runtime.spi.Interest;
import dev.tracing4j.runtime.spi.Kind;
import dev.tracing4j.runtime.spi.Metadata;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * tracing-subscriber's own EnvFilter tests ({@code tests/env_filter/main.rs}, {@code
 * tests/field_filter.rs}, {@code src/filter/env/mod.rs}), ported: each display name is the Rust
 * test's name. Rust's events without a target have the module path as target, here {@code
 * env_filter}; Rust's macros declare their fields at the callsite, which here is a {@link
 * Callsite} with field names where it matters, and a span built with {@link Tracer#span} (whose
 * fields come with each span) otherwise.
 */
class RustEnvFilterPortTest {

  private static final Tracer log = Tracer.of("env_filter");
  private static final Tracer foo = Tracer.of("foo");
  private static final Tracer stuff = Tracer.of("stuff");
  private static final Tracer hello = Tracer.of("hello");

  private static RecordingLayer run(String filter, Runnable program) {
    RecordingLayer layer = new RecordingLayer();
    Tracing.withDefault(Registry.builder().with(layer, EnvFilter.parse(filter)).build(), program);
    return layer;
  }

  private static List<String> events(String filter, Runnable program) {
    return run(filter, program).events();
  }

  private static void inSpan(Span span, Runnable body) {
    try (Scope scope = span.enter()) {
      body.run();
    }
    span.close();
  }

  private static Callsite eventSite(Level level, String... fields) {
    return Callsite.of(new Metadata("event", "env_filter", level, Kind.EVENT, List.of(fields),
        null, 0));
  }

  @Test
  @DisplayName("level_filter_event")
  void levelFilterEvent() {
    assertEquals(List.of(": this shouldn't be", ": this should be enabled",
        ": this should be enabled too"), events("info", () -> {
          log.atTrace().log("this should be disabled");
          log.atInfo().log("this shouldn't be");
          foo.atDebug().log("this should also be disabled");
          foo.atWarn().log("this should be enabled");
          log.atError().log("this should be enabled too");
        }));
  }

  @Test
  @DisplayName("same_name_spans")
  void sameNameSpans() {
    Callsite withBar = Callsite.span("foo", "env_filter", Level.TRACE, null, 0, "bar");
    Callsite withBaz = Callsite.span("foo", "env_filter", Level.TRACE, null, 0, "baz");
    RecordingLayer layer = run("[foo{bar}]=trace,[foo{baz}]=trace", () -> {
      SpanBuilder.of(withBar).field("bar", 1).start().close();
      SpanBuilder.of(withBaz).field("baz", 1).start().close();
    });
    assertEquals(List.of("new foo", "close foo", "new foo", "close foo"), layer.lifecycle());
  }

  private static final Runnable STUFF_PROGRAM = () -> {
    log.atTrace().log("this should be disabled");
    log.atInfo().log("this shouldn't be");
    stuff.atDebug().log("this should be enabled");
    log.atDebug().log("but this shouldn't");
    stuff.atTrace().log("and neither should this");
    stuff.atWarn().log("this should be enabled");
    log.atError().log("this should be enabled too");
    stuff.atError().log("this should be enabled also");
  };

  private static final List<String> STUFF_EXPECTED = List.of(": this shouldn't be",
      ": this should be enabled", ": this should be enabled", ": this should be enabled too",
      ": this should be enabled also");

  @Test
  @DisplayName("level_filter_event_with_target")
  void levelFilterEventWithTarget() {
    assertEquals(STUFF_EXPECTED, events("info,stuff=debug", STUFF_PROGRAM));
  }

  @Test
  @DisplayName("not_order_dependent")
  void notOrderDependent() {
    assertEquals(STUFF_EXPECTED, events("stuff=debug,info", STUFF_PROGRAM));
  }

  @Test
  @DisplayName("level_filter_event_with_target_and_span_global")
  void levelFilterEventWithTargetAndSpanGlobal() {
    RecordingLayer layer = run("info,stuff[cool_span]=debug", () -> {
      inSpan(stuff.span(Level.INFO, "cool_span").start(),
          () -> log.atDebug().log("this should be enabled"));
      log.atDebug().log("should also be disabled");
      inSpan(log.span(Level.INFO, "uncool_span").start(),
          () -> log.atDebug().log("this should be disabled"));
    });
    assertEquals(List.of("cool_span: this should be enabled"), layer.events());
    assertEquals(List.of("new cool_span", "enter cool_span", "exit cool_span", "close cool_span",
        "new uncool_span", "enter uncool_span", "exit uncool_span", "close uncool_span"),
        layer.lifecycle());
  }

  @Test
  @DisplayName("level_filter_event_with_target_and_span (per-layer: the span directive alone)")
  void levelFilterEventWithTargetAndSpan() {
    RecordingLayer layer = run("stuff[cool_span]=debug", () -> {
      inSpan(stuff.span(Level.INFO, "cool_span").start(),
          () -> log.atDebug().log("this should be enabled"));
      log.atDebug().log("should also be disabled");
      inSpan(log.span(Level.INFO, "uncool_span").start(),
          () -> log.atDebug().log("this should be disabled"));
    });
    assertEquals(List.of("cool_span: this should be enabled"), layer.events());
    assertEquals(List.of("new cool_span", "enter cool_span", "exit cool_span", "close cool_span"),
        layer.lifecycle());
  }

  @Test
  @DisplayName("span_name_filter_is_dynamic: the span scope, not only the parent chain")
  void spanNameFilterIsDynamic() {
    List<String> events = events("info,[cool_span]=debug", () -> {
      log.atTrace().log("this should be disabled");
      log.atInfo().log("this shouldn't be");
      Span coolSpan = log.span(Level.INFO, "cool_span").start();
      Span uncoolSpan = log.span(Level.INFO, "uncool_span").start();
      try (Scope cool = coolSpan.enter()) {
        log.atDebug().log("i'm a cool event");
        log.atTrace().log("i'm cool, but not cool enough");
        try (Scope uncool = uncoolSpan.enter()) {
          log.atWarn().log("warning: extremely cool!");
          log.atDebug().log("i'm still cool");
        }
      }
      try (Scope uncool = uncoolSpan.enter()) {
        log.atWarn().log("warning: not that cool");
        log.atTrace().log("im not cool enough");
        log.atError().log("uncool error");
      }
      coolSpan.close();
      uncoolSpan.close();
    });
    assertEquals(List.of(": this shouldn't be", "cool_span: i'm a cool event",
        "uncool_span: warning: extremely cool!", "uncool_span: i'm still cool",
        "uncool_span: warning: not that cool", "uncool_span: uncool error"), events);
  }

  @Test
  @DisplayName("multiple_dynamic_filters: each layer's span directives apply to that layer")
  void multipleDynamicFilters() {
    RecordingLayer layer1 = new RecordingLayer();
    RecordingLayer layer2 = new RecordingLayer();
    Registry registry = Registry.builder()
        .with(layer1, EnvFilter.parse("[span1]=debug"))
        .with(layer2, EnvFilter.parse("[span2]=info"))
        .build();
    Tracing.withDefault(registry, () -> {
      log.span(Level.INFO, "span1").start().inScope(() -> {
        log.atDebug().log("hello from span 1");
        log.atTrace().log("not enabled");
      });
      log.span(Level.INFO, "span2").start().inScope(() -> {
        log.atInfo().log("hello from span 2");
        log.atDebug().log("not enabled");
      });
    });
    assertEquals(List.of("span1: hello from span 1"), layer1.events());
    assertEquals(List.of("new span1", "enter span1", "exit span1"), layer1.lifecycle());
    assertEquals(List.of("span2: hello from span 2"), layer2.events());
    assertEquals(List.of("new span2", "enter span2", "exit span2"), layer2.lifecycle());
  }

  @Test
  @DisplayName("parse_invalid_string")
  void parseInvalidString() {
    assertThrows(FilterSyntaxException.class, () -> EnvFilter.parse(",!"));
  }

  @Test
  @DisplayName("parse_empty_string_no_default_directive")
  void parseEmptyStringNoDefaultDirective() {
    assertEquals(List.of(), events("", () -> {
      for (Level level : Level.values()) {
        log.at(level).log("this should be disabled");
      }
    }));
  }

  @Test
  @DisplayName("more_specific_static_filter_more_verbose")
  void moreSpecificStaticFilterMoreVerbose() {
    assertEquals(List.of(": should be enabled", ": should be enabled too"),
        events("info,hello=debug", () -> {
          log.atInfo().log("should be enabled");
          log.atDebug().log("should be disabled");
          hello.atDebug().log("should be enabled too");
        }));
  }

  @Test
  @DisplayName("more_specific_static_filter_less_verbose")
  void moreSpecificStaticFilterLessVerbose() {
    assertEquals(List.of(": should be enabled", ": should be enabled too"),
        events("info,hello=warn", () -> {
          log.atInfo().log("should be enabled");
          log.atWarn().log("should be enabled too");
          hello.atInfo().log("should be disabled");
        }));
  }

  @Test
  @DisplayName("more_specific_dynamic_filter_more_verbose: a span without the field stays disabled")
  void moreSpecificDynamicFilterMoreVerbose() {
    RecordingLayer layer = run("info,[{hello=4}]=debug", () -> {
      log.span(Level.INFO, "enabled info").start().close();
      log.span(Level.DEBUG, "disabled debug").start().close();
      log.span(Level.DEBUG, "enabled debug").field("hello", 4L).start().close();
      log.atInfo().log("marker");
    });
    assertEquals(List.of("new enabled info", "close enabled info", "new enabled debug",
        "close enabled debug"), layer.lifecycle());
    assertEquals(List.of(": marker"), layer.events());
  }

  @Test
  @DisplayName("more_specific_dynamic_filter_more_verbose, with callsites that declare fields")
  void moreSpecificDynamicFilterMoreVerboseDeclared() {
    Callsite enabledInfo = Callsite.span("enabled info", "env_filter", Level.INFO, null, 0);
    Callsite disabledDebug = Callsite.span("disabled debug", "env_filter", Level.DEBUG, null, 0,
        "other");
    Callsite enabledDebug = Callsite.span("enabled debug", "env_filter", Level.DEBUG, null, 0,
        "hello");
    EnvFilter filter = EnvFilter.parse("info,[{hello=4}]=debug");
    assertEquals(Interest.SOMETIMES, filter.interest(disabledDebug.metadata()));
    assertEquals(Interest.ALWAYS, filter.interest(enabledDebug.metadata()));
    RecordingLayer layer = run("info,[{hello=4}]=debug", () -> {
      SpanBuilder.of(enabledInfo).start().close();
      SpanBuilder.of(disabledDebug).field("other", 4L).start().close();
      SpanBuilder.of(enabledDebug).field("hello", 4L).start().close();
    });
    assertEquals(List.of("new enabled info", "close enabled info", "new enabled debug",
        "close enabled debug"), layer.lifecycle());
  }

  /**
   * Rust marks this test {@code should_panic}: the more specific directive should make the INFO
   * span with {@code hello=4} disabled, and does not. The port pins the behaviour Rust has and
   * tracing4j shares: span directives only add to what the other directives enable.
   */
  @Test
  @DisplayName("more_specific_dynamic_filter_less_verbose: span directives only add")
  void moreSpecificDynamicFilterLessVerbose() {
    RecordingLayer layer = run("info,[{hello=4}]=warn", () -> {
      log.span(Level.INFO, "enabled info").start().close();
      log.span(Level.WARN, "enabled hello=100 warn").field("hello", 100L).start().close();
      log.span(Level.INFO, "hello=4 info").field("hello", 4L).start().close();
      log.span(Level.WARN, "enabled hello=4 warn").field("hello", 4L).start().close();
    });
    assertEquals(List.of("new enabled info", "close enabled info", "new enabled hello=100 warn",
        "close enabled hello=100 warn", "new hello=4 info", "close hello=4 info",
        "new enabled hello=4 warn", "close enabled hello=4 warn"), layer.lifecycle());
  }

  @Test
  @DisplayName("field_filter_events: a field name enables events whose callsite declares it")
  void fieldFilterEvents() {
    Callsite traceDisabled = eventSite(Level.TRACE, "disabled");
    Callsite infoThing = eventSite(Level.INFO, "thing");
    Callsite debugThing = eventSite(Level.DEBUG, "thing");
    Callsite traceThing = eventSite(Level.TRACE, "thing");
    List<String> events = events("[{thing}]=debug", () -> {
      EventBuilder.of(traceDisabled).field("disabled", true).log("disabled = true");
      log.atInfo().log("also disabled");
      EventBuilder.of(infoThing).field("thing", 1L).log("thing = 1");
      EventBuilder.of(debugThing).field("thing", 2L).log("thing = 2");
      EventBuilder.of(traceThing).field("thing", 3L).log("thing = 3");
    });
    assertEquals(List.of(": thing = 1", ": thing = 2"), events);
  }

  /**
   * Rust's version (ignored there as flaky) also records {@code span2}, whose callsite has the
   * field with another value, and {@code span3}, a TRACE span under a DEBUG directive, because it
   * enables every span of a callsite that declares the field. tracing4j records what the
   * directive selects: a span it matches, down to its level; span3 still enables what is inside.
   */
  @Test
  @DisplayName("field_filter_spans")
  void fieldFilterSpans() {
    RecordingLayer layer = run("[{enabled=true}]=debug", () -> {
      log.atTrace().log("disabled");
      log.atInfo().log("also disabled");
      log.span(Level.INFO, "span1").field("enabled", true).start()
          .inScope(() -> log.atInfo().log("something = 1"));
      log.span(Level.DEBUG, "span2").field("enabled", false).field("foo", "hi").start()
          .inScope(() -> log.atWarn().log("something = 2"));
      log.span(Level.TRACE, "span3").field("enabled", true).field("answer", 42L).start()
          .inScope(() -> log.atDebug().log("something = 3"));
    });
    assertEquals(List.of("span1: something = 1", ": something = 3"), layer.events());
    assertEquals(List.of("new span1", "enter span1", "exit span1"), layer.lifecycle());
  }

  /**
   * As in Rust, a value recorded later makes the span match from then on. Rust records the span
   * itself from the start, its callsite declaring the field; here a span is recorded when it
   * matches at creation, so this one enables the event but is not in its context.
   */
  @Test
  @DisplayName("record_after_created")
  void recordAfterCreated() {
    List<String> events = events("[{enabled=true}]=debug", () -> {
      Span span = log.span(Level.INFO, "span").field("enabled", false).start();
      span.inScope(() -> log.atDebug().log("i'm disabled!"));
      span.record("enabled", true);
      span.inScope(() -> log.atDebug().log("i'm enabled!"));
      log.atDebug().log("i'm also disabled");
      span.close();
    });
    assertEquals(List.of(": i'm enabled!"), events);
  }

  private static Metadata span(String name, String target, Level level, String... fields) {
    return new Metadata(name, target, level, Kind.SPAN, List.of(fields), null, 0);
  }

  @Test
  @DisplayName("callsite_enabled_no_span_directive")
  void callsiteEnabledNoSpanDirective() {
    assertEquals(Interest.NEVER,
        EnvFilter.parse("app=debug").interest(span("mySpan", "app", Level.TRACE)));
  }

  @Test
  @DisplayName("callsite_off")
  void callsiteOff() {
    assertEquals(Interest.NEVER,
        EnvFilter.parse("app=off").interest(span("mySpan", "app", Level.ERROR)));
  }

  @Test
  @DisplayName("callsite_enabled_includes_span_directive")
  void callsiteEnabledIncludesSpanDirective() {
    assertEquals(Interest.ALWAYS,
        EnvFilter.parse("app[mySpan]=debug").interest(span("mySpan", "app", Level.TRACE)));
  }

  @Test
  @DisplayName("callsite_enabled_includes_span_directive_field")
  void callsiteEnabledIncludesSpanDirectiveField() {
    assertEquals(Interest.ALWAYS, EnvFilter.parse("app[mySpan{field=\"value\"}]=debug")
        .interest(span("mySpan", "app", Level.TRACE, "field")));
  }

  @Test
  @DisplayName("callsite_enabled_includes_span_directive_multiple_fields")
  void callsiteEnabledIncludesSpanDirectiveMultipleFields() {
    assertEquals(Interest.NEVER, EnvFilter.parse("app[mySpan{field=\"value\",field2=2}]=debug")
        .interest(span("mySpan", "app", Level.TRACE, "field")));
  }

  @Test
  @DisplayName("roundtrip")
  void roundtrip() {
    EnvFilter first = EnvFilter.parse(
        "[span1{foo=1}]=error,[span2{bar=2,baz=false}],crate2[{quux=\"quuux\"}]=debug");
    EnvFilter second = EnvFilter.parse(String.join(",", first.directives()));
    assertEquals(first.directives(), second.directives());
    assertEquals(List.of("crate2[{quux=\"quuux\"}]=debug", "[span2{bar=2,baz=false}]=trace",
        "[span1{foo=1}]=error"), first.directives());
  }

  @Test
  @DisplayName("directive_ordering_by_target_len, _by_span, _uses_lexicographic_when_equal")
  void directivesAreListedMostSpecificFirst() {
    assertEquals(List.of("a_really_long_name_with_no_colons=warn", "foo.bar.baz=trace",
        "foo.bar=debug", "foo=info"), EnvFilter.parse(
            "foo.bar=debug,foo.bar.baz=trace,foo=info,a_really_long_name_with_no_colons=warn")
        .directives());
    assertEquals(List.of("baz.quux=info", "foo=debug", "bar[span]=trace", "a[span]=warn"),
        EnvFilter.parse("bar[span]=trace,foo=debug,baz.quux=info,a[span]=warn").directives());
    assertEquals(List.of("a=trace", "b=debug", "c=info", "span[a]=info", "span[b]=debug"),
        EnvFilter.parse("span[b]=debug,b=debug,a=trace,c=info,span[a]=info").directives());
  }

  @Test
  @DisplayName("parse_empty_string")
  void parseEmptyString() {
    assertEquals(List.of(), EnvFilter.parse("").directives());
  }
}
