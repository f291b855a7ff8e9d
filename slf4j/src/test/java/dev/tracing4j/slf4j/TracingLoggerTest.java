package dev.tracing4j.slf4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.filter.EnvFilter;
import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.Registry;
import dev.tracing4j.runtime.registry.SpanData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** SLF4J calls, classic and fluent, as the events a tracing4j layer receives. */
class TracingLoggerTest {

  /** Each event as "LEVEL target spans: fields". */
  private static final class Events implements Layer {
    final List<String> lines = new ArrayList<>();

    @Override
    public void onEvent(Event event, Context ctx) {
      StringBuilder spans = new StringBuilder();
      for (SpanData span = event.parent(); span != null; span = span.parent()) {
        spans.insert(0, span.name() + ":");
      }
      lines.add(event.metadata().level() + " " + event.metadata().target() + " " + spans + " "
          + event.fields());
    }
  }

  private static List<String> record(String filter, Runnable logging) {
    Events events = new Events();
    Tracing.withDefault(Registry.builder().with(events, EnvFilter.parse(filter)).build(), logging);
    return events.lines;
  }

  @Test
  void slf4jFindsTheProvider() {
    assertSame(TracingLogger.class, LoggerFactory.getLogger("com.shop.Any").getClass());
  }

  @Test
  void classicCallsAreEventsOfTheLoggersTargetInsideTheCurrentSpans() {
    Logger log = LoggerFactory.getLogger("com.shop.OrderService");
    IllegalStateException declined = new IllegalStateException("declined");
    List<String> lines = record("info", () -> {
      Span handle = Tracer.of("com.shop").span(Level.INFO, "handle").field("request.id", "r-1")
          .start();
      try (Scope scope = handle.enter()) {
        log.info("placed order {} for {}", 42, "ada");
        log.debug("not recorded at info");
        log.warn("retrying", declined);
        log.error("failed {} times", 3, declined);
        log.error("gave up", (Object) declined);
      }
      handle.close();
      log.info("outside");
    });
    assertEquals(List.of(
        "INFO com.shop.OrderService handle: message=\"placed order 42 for ada\"",
        "WARN com.shop.OrderService handle: message=\"retrying\" error=\"java.lang.IllegalStateException: declined\"",
        "ERROR com.shop.OrderService handle: message=\"failed 3 times\" error=\"java.lang.IllegalStateException: declined\"",
        "ERROR com.shop.OrderService handle: message=\"gave up\" error=\"java.lang.IllegalStateException: declined\"",
        "INFO com.shop.OrderService  message=\"outside\""), lines);
  }

  @Test
  void fluentKeyValuesAreTypedFields() {
    Logger log = LoggerFactory.getLogger("com.shop.Payments");
    List<String> lines = record("debug", () -> {
      log.atInfo().addKeyValue("order.id", 42L).addKeyValue("ok", true)
          .addKeyValue("customer", "ada").log("charged");
      log.atDebug().addKeyValue("cents", () -> 450).log("amount {}", "due");
      log.atWarn().setCause(new RuntimeException("slow")).log("bank");
      log.atTrace().addKeyValue("never", 1).log("below the filter");
    });
    assertEquals(List.of(
        "INFO com.shop.Payments  message=\"charged\" order.id=42 ok=true customer=\"ada\"",
        "DEBUG com.shop.Payments  message=\"amount due\" cents=450",
        "WARN com.shop.Payments  message=\"bank\" error=\"java.lang.RuntimeException: slow\""), lines);
  }

  @Test
  void theThreadsMdcEntriesAreStringFields() throws Exception {
    Logger log = LoggerFactory.getLogger("com.shop.Web");
    List<String> lines = record("info", () -> {
      MDC.put("request.id", "r-7");
      try {
        log.atInfo().addKeyValue("status", 200).log("served");
        try (MDC.MDCCloseable user = MDC.putCloseable("user", "ada")) {
          log.info("as {}", "ada");
        }
      } finally {
        MDC.clear();
      }
      log.info("after clear");
    });
    assertEquals(List.of(
        "INFO com.shop.Web  message=\"served\" status=200 request.id=\"r-7\"",
        "INFO com.shop.Web  message=\"as ada\" request.id=\"r-7\" user=\"ada\"",
        "INFO com.shop.Web  message=\"after clear\""), lines);
  }

  @Test
  void levelChecksFollowTheFilterOfTheCurrentSubscriber() {
    Logger log = LoggerFactory.getLogger("com.shop.db.Repo");
    boolean[] enabled = new boolean[4];
    record("warn,com.shop.db=debug", () -> {
      enabled[0] = log.isTraceEnabled();
      enabled[1] = log.isDebugEnabled();
      enabled[2] = LoggerFactory.getLogger("com.shop.Web").isInfoEnabled();
      enabled[3] = LoggerFactory.getLogger("com.shop.Web").isWarnEnabled();
    });
    assertFalse(enabled[0]);
    assertTrue(enabled[1]);
    assertFalse(enabled[2]);
    assertTrue(enabled[3]);
  }
}
