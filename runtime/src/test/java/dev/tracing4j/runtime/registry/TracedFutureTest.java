package dev.tracing4j.runtime.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.async.TracedFuture;
import dev.tracing4j.runtime.format.HostileValues;
import dev.tracing4j.runtime.internal.FailureReporter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TracedFutureTest {

  private static final Tracer log = Tracer.of("test.traced");
  private final GlobalRecording recording = new GlobalRecording();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() throws InterruptedException {
    recording.close();
    pool.shutdown();
    pool.awaitTermination(5, TimeUnit.SECONDS);
  }

  /** Registers {@code chain} on a traced future inside span "caller", then completes it elsewhere. */
  private List<String> runInCaller(Function<CompletableFuture<String>, CompletionStage<?>> chain)
      throws Exception {
    CompletableFuture<String> source = new CompletableFuture<>();
    TracedFuture<String> traced = TracedFuture.of(source);
    Span caller = log.span(Level.INFO, "caller").start();
    CompletionStage<?> last;
    try (Scope scope = caller.enter()) {
      last = chain.apply(traced);
    }
    pool.submit(() -> source.complete("value")).get();
    last.toCompletableFuture().handle((v, e) -> null).get(5, TimeUnit.SECONDS);
    caller.close();
    return recording.layer.events();
  }

  private static void note(String what) {
    log.atInfo().log(what);
  }

  @Test
  void everyCallbackRunsInTheSpanWhereItWasRegistered() throws Exception {
    CompletableFuture<String> other = CompletableFuture.completedFuture("other");
    List<String> events = runInCaller(f -> CompletableFuture.allOf(
        f.thenApply(v -> { note("thenApply"); return v; }),
        f.thenApplyAsync(v -> { note("thenApplyAsync"); return v; }),
        f.thenApplyAsync(v -> { note("thenApplyAsync+executor"); return v; }, pool),
        f.thenAccept(v -> note("thenAccept")),
        f.thenAcceptAsync(v -> note("thenAcceptAsync")),
        f.thenAcceptAsync(v -> note("thenAcceptAsync+executor"), pool),
        f.thenRun(() -> note("thenRun")),
        f.thenRunAsync(() -> note("thenRunAsync")),
        f.thenRunAsync(() -> note("thenRunAsync+executor"), pool),
        f.thenCombine(other, (a, b) -> { note("thenCombine"); return a; }),
        f.thenCombineAsync(other, (a, b) -> { note("thenCombineAsync"); return a; }),
        f.thenCombineAsync(other, (a, b) -> { note("thenCombineAsync+executor"); return a; }, pool),
        f.thenAcceptBoth(other, (a, b) -> note("thenAcceptBoth")),
        f.thenAcceptBothAsync(other, (a, b) -> note("thenAcceptBothAsync")),
        f.thenAcceptBothAsync(other, (a, b) -> note("thenAcceptBothAsync+executor"), pool),
        f.runAfterBoth(other, () -> note("runAfterBoth")),
        f.runAfterBothAsync(other, () -> note("runAfterBothAsync")),
        f.runAfterBothAsync(other, () -> note("runAfterBothAsync+executor"), pool),
        f.applyToEither(new CompletableFuture<>(), v -> { note("applyToEither"); return v; }),
        f.applyToEitherAsync(new CompletableFuture<>(), v -> { note("applyToEitherAsync"); return v; }),
        f.applyToEitherAsync(new CompletableFuture<>(),
            v -> { note("applyToEitherAsync+executor"); return v; }, pool),
        f.acceptEither(new CompletableFuture<>(), v -> note("acceptEither")),
        f.acceptEitherAsync(new CompletableFuture<>(), v -> note("acceptEitherAsync")),
        f.acceptEitherAsync(new CompletableFuture<>(), v -> note("acceptEitherAsync+executor"), pool),
        f.runAfterEither(new CompletableFuture<>(), () -> note("runAfterEither")),
        f.runAfterEitherAsync(new CompletableFuture<>(), () -> note("runAfterEitherAsync")),
        f.runAfterEitherAsync(new CompletableFuture<>(), () -> note("runAfterEitherAsync+executor"),
            pool),
        f.thenCompose(v -> { note("thenCompose"); return CompletableFuture.completedFuture(v); }),
        f.thenComposeAsync(v -> { note("thenComposeAsync"); return CompletableFuture.completedFuture(v); }),
        f.thenComposeAsync(v -> { note("thenComposeAsync+executor");
          return CompletableFuture.completedFuture(v); }, pool),
        f.handle((v, e) -> { note("handle"); return v; }),
        f.handleAsync((v, e) -> { note("handleAsync"); return v; }),
        f.handleAsync((v, e) -> { note("handleAsync+executor"); return v; }, pool),
        f.whenComplete((v, e) -> note("whenComplete")),
        f.whenCompleteAsync((v, e) -> note("whenCompleteAsync")),
        f.whenCompleteAsync((v, e) -> note("whenCompleteAsync+executor"), pool)));
    assertEquals(36, events.size(), events.toString());
    for (String event : events) {
      assertTrue(event.startsWith("caller: "), event);
    }
  }

  @Test
  void exceptionallyVariantsRunInTheRegisteringSpan() throws Exception {
    CompletableFuture<String> source = new CompletableFuture<>();
    TracedFuture<String> traced = TracedFuture.of(source);
    Span caller = log.span(Level.INFO, "caller").start();
    List<CompletableFuture<String>> chains = new ArrayList<>();
    try (Scope scope = caller.enter()) {
      chains.add(traced.exceptionally(e -> { note("exceptionally"); return "x"; }));
      chains.add(traced.exceptionallyAsync(e -> { note("exceptionallyAsync"); return "x"; }));
      chains.add(traced.exceptionallyAsync(e -> { note("exceptionallyAsync+executor"); return "x"; },
          pool));
      chains.add(traced.exceptionallyCompose(e -> {
        note("exceptionallyCompose");
        return CompletableFuture.completedFuture("x");
      }));
      chains.add(traced.exceptionallyComposeAsync(e -> {
        note("exceptionallyComposeAsync");
        return CompletableFuture.completedFuture("x");
      }));
      chains.add(traced.exceptionallyComposeAsync(e -> {
        note("exceptionallyComposeAsync+executor");
        return CompletableFuture.completedFuture("x");
      }, pool));
    }
    pool.submit(() -> source.completeExceptionally(new IllegalStateException("boom"))).get();
    CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
    List<String> events = recording.layer.events();
    assertEquals(6, events.size(), events.toString());
    events.forEach(event -> assertTrue(event.startsWith("caller: "), event));
  }

  @Test
  void dependentsPropagateToo() throws Exception {
    List<String> events = runInCaller(f -> f.thenApply(v -> v + "!").thenApply(v -> {
      note("second stage");
      return v;
    }).thenCompose(v -> CompletableFuture.completedFuture(v)).thenAccept(v -> note("third")));
    assertEquals(List.of("caller: second stage", "caller: third"), events);
  }

  @Test
  void aMinimalStagePropagatesAndStaysReadOnly() throws Exception {
    List<String> events = runInCaller(f -> f.minimalCompletionStage()
        .thenApply(v -> { note("on the minimal stage"); return v; })
        .thenAccept(v -> note("on its dependent")));
    assertEquals(List.of("caller: on the minimal stage", "caller: on its dependent"), events);

    CompletableFuture<String> source = new CompletableFuture<>();
    CompletionStage<String> minimal = TracedFuture.of(source).minimalCompletionStage();
    CompletableFuture<String> asFuture = (CompletableFuture<String>) minimal;
    assertThrows(UnsupportedOperationException.class, () -> asFuture.complete("forged"));
    assertThrows(UnsupportedOperationException.class, () -> asFuture.cancel(true));
    assertThrows(UnsupportedOperationException.class, asFuture::join);
    CompletableFuture<String> full = minimal.toCompletableFuture();
    assertTrue(full.complete("copy"), "the full future is a copy that can be completed");
    assertFalse(source.isDone(), "completing the copy leaves the source alone");
    source.complete("value");
    assertEquals("value", minimal.toCompletableFuture().get(5, TimeUnit.SECONDS));
  }

  @Test
  void aReadOnlySourceLeavesCancellingAndCompletingToTheTracedFuture() {
    CompletionStage<String> readOnly = new CompletableFuture<String>().minimalCompletionStage();
    TracedFuture<String> traced = TracedFuture.of(readOnly);
    assertTrue(traced.cancel(true));
    assertTrue(traced.isCancelled());
    TracedFuture<String> other = TracedFuture.of(new CompletableFuture<String>()
        .minimalCompletionStage());
    assertTrue(other.complete("done"));
    assertEquals("done", other.join());
  }

  @Test
  void aCallbackRegisteredOutsideAnySpanRunsLikeAPlainCallback() throws Exception {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Void> done = TracedFuture.of(source).thenRun(() -> note("plain"));
    Span other = log.span(Level.INFO, "other").start();
    try (Scope scope = other.enter()) {
      source.complete("v"); // completes on a thread inside "other", but registered outside
    }
    done.get(5, TimeUnit.SECONDS);
    assertEquals(List.of("other: plain"), recording.layer.events(),
        "runs where it is completed, as a plain future would");
  }

  @Test
  void cancellingCancelsTheSource() {
    CompletableFuture<String> source = new CompletableFuture<>();
    TracedFuture<String> traced = TracedFuture.of(source);
    assertTrue(traced.cancel(false));
    assertTrue(source.isCancelled());
  }

  @Test
  void completingCompletesTheSource() {
    CompletableFuture<String> source = new CompletableFuture<>();
    TracedFuture<String> traced = TracedFuture.of(source);
    assertTrue(traced.complete("done"));
    assertEquals("done", source.join());
    assertFalse(traced.complete("again"));
    traced.obtrudeValue("forced");
    assertEquals("forced", traced.join());
    assertEquals("forced", source.join());
  }

  @Test
  void aDependentIsNotTiedToTheSource() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> dependent = TracedFuture.of(source).thenApply(v -> v);
    assertTrue(dependent.cancel(false));
    assertFalse(source.isDone(), "cancelling a dependent leaves the source alone, as in the JDK");
  }

  @Test
  void completesWhenTheHookBeforeCompletionOverflowsTheStack() {
    PrintStream previous = FailureReporter.redirect(new PrintStream(new ByteArrayOutputStream()));
    try {
      CompletableFuture<String> source = new CompletableFuture<>();
      TracedFuture<String> traced = TracedFuture.completingAfter(source, (value, error, complete) -> {
        throw new StackOverflowError();
      });
      source.complete("value");
      assertEquals("value", traced.getNow(null));
    } finally {
      FailureReporter.redirect(previous);
    }
  }

  @Test
  void completesWhenTheHookBeforeCompletionRunsOutOfMemory() {
    CompletableFuture<String> source = new CompletableFuture<>();
    TracedFuture<String> traced = TracedFuture.completingAfter(source, (value, error, complete) -> {
      throw new OutOfMemoryError("Java heap space");
    });
    source.complete("value");
    assertEquals("value", traced.getNow(null), "the error is the JVM's, the future still completes");
  }

  @Test
  void anExceptionWhoseToStringOverflowsPassesThroughWithoutThrowingAtTheCompleter() {
    CompletableFuture<String> source = new CompletableFuture<>();
    TracedFuture<String> traced = TracedFuture.of(source);
    RuntimeException declined = HostileValues.recursiveException();
    source.completeExceptionally(declined); // a CompletionException made of it would call toString()
    assertTrue(traced.handle((value, error) -> error == declined).join());
  }
}
