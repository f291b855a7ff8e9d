package dev.tracing4j.runtime.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.filter.EnvFilter;
import dev.tracing4j.runtime.fmt.CapturedOutput;
import dev.tracing4j.runtime.fmt.FmtLayer;
import dev.tracing4j.runtime.format.HostileValues;
import dev.tracing4j.runtime.instrument.MethodSite;
import dev.tracing4j.runtime.internal.FailureReporter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What generated code calls around an {@code @Instrument} method, with values that fight back. */
class MethodSiteTest {

  private static final MethodSite PLACE = MethodSite.builder("place", "com.shop.OrderService",
      Level.INFO).fields("value").recordReturn().recordError().build();

  private final CapturedOutput captured = new CapturedOutput();
  private final FmtLayer layer = FmtLayer.builder().output(captured.output()).ansi(false).build();
  private final Registry registry = Registry.builder().with(layer, EnvFilter.parse("trace")).build();
  private PrintStream previous;

  @BeforeEach
  void quiet() {
    previous = FailureReporter.redirect(new PrintStream(new ByteArrayOutputStream()));
  }

  @AfterEach
  void restore() {
    FailureReporter.redirect(previous);
  }

  /** The lines printed, from the level on: the timestamp is the wall clock's. */
  private List<String> lines() {
    layer.flush();
    return captured.lines().stream().map(line -> line.substring(line.indexOf(' ') + 1)).toList();
  }

  @Test
  void aParameterWhoseToStringOverflowsStartsTheSpanWithAPlaceholder() {
    Tracing.withDefault(registry, () -> {
      Span span = PLACE.spanBuilder().field("value", HostileValues.RECURSIVE).start();
      try (Scope scope = span.enter()) {
        PLACE.returned(span, 1L);
      }
      span.close();
    });
    assertEquals(List.of(" INFO place{value=" + HostileValues.OVERFLOW_PLACEHOLDER
        + "}: com.shop.OrderService: return=1"), lines());
  }

  @Test
  void aReturnValueWhoseToStringOverflowsIsRecordedAsAPlaceholder() {
    Tracing.withDefault(registry, () -> {
      Span span = PLACE.spanBuilder().field("value", 7L).start();
      try (Scope scope = span.enter()) {
        PLACE.returned(span, HostileValues.RECURSIVE);
      }
      span.close();
    });
    assertEquals(List.of(" INFO place{value=7}: com.shop.OrderService: return="
        + HostileValues.OVERFLOW_PLACEHOLDER), lines());
  }

  @Test
  void anExceptionWhoseToStringOverflowsIsRecordedAsAPlaceholder() {
    Tracing.withDefault(registry, () -> {
      Span span = PLACE.spanBuilder().field("value", 7L).start();
      try (Scope scope = span.enter()) {
        PLACE.failed(span, HostileValues.recursiveException());
      }
      span.close();
    });
    assertEquals(List.of("ERROR place{value=7}: com.shop.OrderService: error=\""
        + HostileValues.OVERFLOW_PLACEHOLDER + "\""), lines());
  }

  @Test
  void anAsyncMethodsFutureCompletesWhenItsValueOverflowsTheStack() {
    CompletableFuture<Object> source = new CompletableFuture<>();
    AtomicReference<CompletableFuture<Object>> traced = new AtomicReference<>();
    Tracing.withDefault(registry, () -> {
      Span span = PLACE.spanBuilder().field("value", 7L).start();
      try (Scope scope = span.enter()) {
        traced.set(PLACE.traceCompletion(span, source));
      }
      source.complete(HostileValues.RECURSIVE);
    });
    assertSame(HostileValues.RECURSIVE, traced.get().getNow(null));
    assertEquals(List.of(" INFO place{value=7}: com.shop.OrderService: return="
        + HostileValues.OVERFLOW_PLACEHOLDER), lines());
  }

  @Test
  void anAsyncMethodsFutureCompletesWhenItsExceptionOverflowsTheStack() {
    CompletableFuture<Object> source = new CompletableFuture<>();
    AtomicReference<CompletableFuture<Object>> traced = new AtomicReference<>();
    RuntimeException declined = HostileValues.recursiveException();
    Tracing.withDefault(registry, () -> {
      Span span = PLACE.spanBuilder().field("value", 7L).start();
      try (Scope scope = span.enter()) {
        traced.set(PLACE.traceCompletion(span, source));
      }
      source.completeExceptionally(declined);
    });
    assertSame(declined, traced.get().handle((value, error) -> error).getNow(null));
    assertEquals(List.of("ERROR place{value=7}: com.shop.OrderService: error=\""
        + HostileValues.OVERFLOW_PLACEHOLDER + "\""), lines());
  }

  @Test
  void anAsyncMethodReturningItsOwnStageTypeClosesWhenItsExceptionOverflowsTheStack() {
    CompletableFuture<Object> source = new CompletableFuture<>();
    Tracing.withDefault(registry, () -> {
      Span span = PLACE.spanBuilder().field("value", 7L).start();
      try (Scope scope = span.enter()) {
        assertSame(source, PLACE.closeOnCompletion(span, source));
      }
      source.completeExceptionally(HostileValues.recursiveException());
    });
    assertEquals(List.of("ERROR place{value=7}: com.shop.OrderService: error=\""
        + HostileValues.OVERFLOW_PLACEHOLDER + "\""), lines());
  }
}
