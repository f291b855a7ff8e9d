package dev.tracing4j.runtime.async;

import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.internal.InSpan;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A future whose callbacks run in the span that was current where they were registered: every
 * {@code then*}, {@code handle}, {@code whenComplete}, {@code exceptionally*} and {@code *Async}
 * variant, and the same on every future derived from it. The span is entered for each callback on
 * whatever thread runs it and exited after, so busy and idle time reflect the real work and the
 * waiting.
 *
 * <p>Instrumented async methods return one in place of the future their body returned (the
 * source): it completes with the source's outcome once the method's span is closed, and
 * cancelling or completing it acts on the source too, so callers see the behaviour of the
 * original. {@link #of} gives the same propagation to any stage.
 *
 * <pre>{@code
 * CompletableFuture<Receipt> receipt = service.placeAsync(42);     // a TracedFuture
 * try (Scope scope = request.enter()) {
 *   receipt.thenAccept(r -> log.atInfo().log("paid"));             // runs inside "request"
 * }
 * receipt.cancel(true);                                           // cancels the source as well
 * }</pre>
 *
 * <p>{@link #minimalCompletionStage()} returns a stage that propagates context the same way and,
 * like the JDK's, refuses the methods that are not part of {@link CompletionStage}.
 *
 * @param <T> the result type
 */
// Not final only for MinimalStage: the constructors are private, so nothing else can extend it.
public class TracedFuture<T> extends CompletableFuture<T> {

  /** The future whose outcome this one mirrors; null for dependents of a traced future. */
  private final CompletableFuture<T> source;

  private TracedFuture(CompletableFuture<T> source) {
    this.source = source;
  }

  /**
   * A future that completes like {@code stage} and propagates context to callbacks registered on
   * it; cancelling or completing it acts on {@code stage} when that is a {@link
   * CompletableFuture}.
   *
   * <pre>{@code
   * CompletableFuture<Response> response = TracedFuture.of(httpClient.sendAsync(request, handler));
   * }</pre>
   */
  public static <T> TracedFuture<T> of(CompletionStage<T> stage) {
    if (stage instanceof TracedFuture<T> traced && !(traced instanceof MinimalStage)) {
      return traced;
    }
    TracedFuture<T> traced = new TracedFuture<>(sourceOf(stage));
    whenCompleteUntraced(stage, traced::completeFromSource);
    return traced;
  }

  /**
   * Sees the outcome of a stage before a {@link #completingAfter} future completes with it, and
   * says when that future may complete.
   *
   * @param <T> the result type
   */
  @FunctionalInterface
  public interface CompletionGate<T> {
    /**
     * Handles the outcome, then runs {@code complete} exactly once, at once or later on another
     * thread. If this method throws before, the future completes anyway.
     */
    void beforeCompletion(T value, Throwable error, Runnable complete);
  }

  /**
   * A future that completes like {@code stage}, once {@code gate} has seen the outcome and let it.
   * The gate runs exactly once: when {@code stage} completes, or when the returned future is
   * completed first (for example cancelled), and then its {@code complete} does nothing. This is
   * how an instrumented async method makes its caller see the outcome only after the method's
   * span has closed, so the caller's next span never overlaps it:
   *
   * <pre>{@code
   * CompletableFuture<Receipt> body = charge(card);
   * return TracedFuture.completingAfter(body, (receipt, error, complete) -> {
   *   if (error != null) span.record("error", error.toString());
   *   span.close(complete);                     // completes the caller's future after the close
   * });
   * }</pre>
   */
  public static <T> TracedFuture<T> completingAfter(CompletionStage<T> stage,
      CompletionGate<? super T> gate) {
    TracedFuture<T> traced = new TracedFuture<>(sourceOf(stage));
    AtomicBoolean once = new AtomicBoolean();
    whenCompleteUntraced(stage, (value, error) -> {
      Runnable complete = () -> traced.completeFromSource(value, error);
      if (once.compareAndSet(false, true)) {
        runGate(gate, value, error, complete);
      } else {
        complete.run();
      }
    });
    traced.whenCompleteUntraced((value, error) -> {
      if (once.compareAndSet(false, true)) {
        runGate(gate, value, error, () -> { });
      }
    });
    return traced;
  }

  private static <T> void runGate(CompletionGate<? super T> gate, T value, Throwable error,
      Runnable complete) {
    AtomicBoolean completed = new AtomicBoolean();
    Runnable once = () -> {
      if (completed.compareAndSet(false, true)) {
        complete.run();
      }
    };
    try {
      gate.beforeCompletion(value, error, once);
    } catch (Throwable failure) {
      try {
        FailureReporter.report("completing a traced future", failure);
      } finally {
        once.run(); // even past an OutOfMemoryError: the future never hangs
      }
    }
  }

  /**
   * Internal hooks run in no particular span: they only pass the outcome on. They observe it with
   * {@code handle}, not {@code whenComplete}: the future of {@code whenComplete} wraps an
   * exceptional outcome in a {@code CompletionException}, whose constructor calls the exception's
   * {@code toString()}, and one that overflows the stack would then throw at whatever completes
   * the stage.
   */
  private static <T> void whenCompleteUntraced(CompletionStage<T> stage,
      BiConsumer<? super T, ? super Throwable> action) {
    if (stage instanceof TracedFuture<T> traced) {
      traced.whenCompleteUntraced(action);
    } else {
      stage.handle(observer(action));
    }
  }

  private static <T> BiFunction<T, Throwable, Void> observer(
      BiConsumer<? super T, ? super Throwable> action) {
    return (value, error) -> {
      action.accept(value, error);
      return null;
    };
  }

  private static <T> CompletableFuture<T> sourceOf(CompletionStage<T> stage) {
    if (stage instanceof CompletableFuture<T> future) {
      return future;
    }
    try {
      return stage.toCompletableFuture();
    } catch (UnsupportedOperationException notSupported) {
      return null;
    }
  }

  private void completeFromSource(T value, Throwable error) {
    if (error == null) {
      super.complete(value);
    } else {
      super.completeExceptionally(error);
    }
  }

  private void whenCompleteUntraced(BiConsumer<? super T, ? super Throwable> action) {
    super.handle(observer(action));
  }

  /** Futures derived from this one propagate context too. */
  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    return new TracedFuture<>(null);
  }

  @Override
  public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) {
    return super.thenApply(InSpan.function(Span.current(), fn));
  }

  @Override
  public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn) {
    return super.thenApplyAsync(InSpan.function(Span.current(), fn));
  }

  @Override
  public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn,
      Executor executor) {
    return super.thenApplyAsync(InSpan.function(Span.current(), fn), executor);
  }

  @Override
  public CompletableFuture<Void> thenAccept(Consumer<? super T> action) {
    return super.thenAccept(InSpan.consumer(Span.current(), action));
  }

  @Override
  public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action) {
    return super.thenAcceptAsync(InSpan.consumer(Span.current(), action));
  }

  @Override
  public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action, Executor executor) {
    return super.thenAcceptAsync(InSpan.consumer(Span.current(), action), executor);
  }

  @Override
  public CompletableFuture<Void> thenRun(Runnable action) {
    return super.thenRun(InSpan.runnable(Span.current(), action));
  }

  @Override
  public CompletableFuture<Void> thenRunAsync(Runnable action) {
    return super.thenRunAsync(InSpan.runnable(Span.current(), action));
  }

  @Override
  public CompletableFuture<Void> thenRunAsync(Runnable action, Executor executor) {
    return super.thenRunAsync(InSpan.runnable(Span.current(), action), executor);
  }

  @Override
  public <U, V> CompletableFuture<V> thenCombine(CompletionStage<? extends U> other,
      BiFunction<? super T, ? super U, ? extends V> fn) {
    return super.thenCombine(other, InSpan.biFunction(Span.current(), fn));
  }

  @Override
  public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
      BiFunction<? super T, ? super U, ? extends V> fn) {
    return super.thenCombineAsync(other, InSpan.biFunction(Span.current(), fn));
  }

  @Override
  public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
      BiFunction<? super T, ? super U, ? extends V> fn, Executor executor) {
    return super.thenCombineAsync(other, InSpan.biFunction(Span.current(), fn), executor);
  }

  @Override
  public <U> CompletableFuture<Void> thenAcceptBoth(CompletionStage<? extends U> other,
      BiConsumer<? super T, ? super U> action) {
    return super.thenAcceptBoth(other, InSpan.biConsumer(Span.current(), action));
  }

  @Override
  public <U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<? extends U> other,
      BiConsumer<? super T, ? super U> action) {
    return super.thenAcceptBothAsync(other, InSpan.biConsumer(Span.current(), action));
  }

  @Override
  public <U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<? extends U> other,
      BiConsumer<? super T, ? super U> action, Executor executor) {
    return super.thenAcceptBothAsync(other, InSpan.biConsumer(Span.current(), action), executor);
  }

  @Override
  public CompletableFuture<Void> runAfterBoth(CompletionStage<?> other, Runnable action) {
    return super.runAfterBoth(other, InSpan.runnable(Span.current(), action));
  }

  @Override
  public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action) {
    return super.runAfterBothAsync(other, InSpan.runnable(Span.current(), action));
  }

  @Override
  public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action,
      Executor executor) {
    return super.runAfterBothAsync(other, InSpan.runnable(Span.current(), action), executor);
  }

  @Override
  public <U> CompletableFuture<U> applyToEither(CompletionStage<? extends T> other,
      Function<? super T, U> fn) {
    return super.applyToEither(other, InSpan.function(Span.current(), fn));
  }

  @Override
  public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other,
      Function<? super T, U> fn) {
    return super.applyToEitherAsync(other, InSpan.function(Span.current(), fn));
  }

  @Override
  public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other,
      Function<? super T, U> fn, Executor executor) {
    return super.applyToEitherAsync(other, InSpan.function(Span.current(), fn), executor);
  }

  @Override
  public CompletableFuture<Void> acceptEither(CompletionStage<? extends T> other,
      Consumer<? super T> action) {
    return super.acceptEither(other, InSpan.consumer(Span.current(), action));
  }

  @Override
  public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other,
      Consumer<? super T> action) {
    return super.acceptEitherAsync(other, InSpan.consumer(Span.current(), action));
  }

  @Override
  public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other,
      Consumer<? super T> action, Executor executor) {
    return super.acceptEitherAsync(other, InSpan.consumer(Span.current(), action), executor);
  }

  @Override
  public CompletableFuture<Void> runAfterEither(CompletionStage<?> other, Runnable action) {
    return super.runAfterEither(other, InSpan.runnable(Span.current(), action));
  }

  @Override
  public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action) {
    return super.runAfterEitherAsync(other, InSpan.runnable(Span.current(), action));
  }

  @Override
  public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action,
      Executor executor) {
    return super.runAfterEitherAsync(other, InSpan.runnable(Span.current(), action), executor);
  }

  @Override
  public <U> CompletableFuture<U> thenCompose(
      Function<? super T, ? extends CompletionStage<U>> fn) {
    return super.thenCompose(InSpan.function(Span.current(), fn));
  }

  @Override
  public <U> CompletableFuture<U> thenComposeAsync(
      Function<? super T, ? extends CompletionStage<U>> fn) {
    return super.thenComposeAsync(InSpan.function(Span.current(), fn));
  }

  @Override
  public <U> CompletableFuture<U> thenComposeAsync(
      Function<? super T, ? extends CompletionStage<U>> fn, Executor executor) {
    return super.thenComposeAsync(InSpan.function(Span.current(), fn), executor);
  }

  @Override
  public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
    return super.handle(InSpan.biFunction(Span.current(), fn));
  }

  @Override
  public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn) {
    return super.handleAsync(InSpan.biFunction(Span.current(), fn));
  }

  @Override
  public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn,
      Executor executor) {
    return super.handleAsync(InSpan.biFunction(Span.current(), fn), executor);
  }

  @Override
  public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
    return super.whenComplete(InSpan.biConsumer(Span.current(), action));
  }

  @Override
  public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action) {
    return super.whenCompleteAsync(InSpan.biConsumer(Span.current(), action));
  }

  @Override
  public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action,
      Executor executor) {
    return super.whenCompleteAsync(InSpan.biConsumer(Span.current(), action), executor);
  }

  @Override
  public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
    return super.exceptionally(InSpan.function(Span.current(), fn));
  }

  @Override
  public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn) {
    return super.exceptionallyAsync(InSpan.function(Span.current(), fn));
  }

  @Override
  public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn,
      Executor executor) {
    return super.exceptionallyAsync(InSpan.function(Span.current(), fn), executor);
  }

  @Override
  public CompletableFuture<T> exceptionallyCompose(
      Function<Throwable, ? extends CompletionStage<T>> fn) {
    return super.exceptionallyCompose(InSpan.function(Span.current(), fn));
  }

  @Override
  public CompletableFuture<T> exceptionallyComposeAsync(
      Function<Throwable, ? extends CompletionStage<T>> fn) {
    return super.exceptionallyComposeAsync(InSpan.function(Span.current(), fn));
  }

  @Override
  public CompletableFuture<T> exceptionallyComposeAsync(
      Function<Throwable, ? extends CompletionStage<T>> fn, Executor executor) {
    return super.exceptionallyComposeAsync(InSpan.function(Span.current(), fn), executor);
  }

  @Override
  public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier) {
    return super.completeAsync(InSpan.supplier(Span.current(), supplier));
  }

  @Override
  public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
    return super.completeAsync(InSpan.supplier(Span.current(), supplier), executor);
  }

  /**
   * A stage that completes like this future and propagates context to its callbacks; as with the
   * JDK's minimal stage, its {@link CompletableFuture} methods that are not part of {@link
   * CompletionStage} throw {@link UnsupportedOperationException}, and {@link
   * #toCompletableFuture()} gives a new traced future.
   */
  @Override
  public CompletionStage<T> minimalCompletionStage() {
    TracedFuture<T> minimal = new MinimalStage<>();
    whenCompleteUntraced(minimal::completeFromSource);
    return minimal;
  }

  /**
   * Cancels this future and the source. A source that refuses to be cancelled (the JDK's minimal
   * stage does) is left alone.
   */
  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    alsoOnSource(source -> source.cancel(mayInterruptIfRunning));
    return cancelled;
  }

  /** Completes the source with {@code value}, as completing the original would. */
  @Override
  public boolean complete(T value) {
    boolean sourceCompleted = onSource(source -> source.complete(value));
    return super.complete(value) || sourceCompleted;
  }

  /** Completes the source with {@code error}, as completing the original would. */
  @Override
  public boolean completeExceptionally(Throwable error) {
    boolean sourceCompleted = onSource(source -> source.completeExceptionally(error));
    return super.completeExceptionally(error) || sourceCompleted;
  }

  @Override
  public void obtrudeValue(T value) {
    alsoOnSource(source -> source.obtrudeValue(value));
    super.obtrudeValue(value);
  }

  @Override
  public void obtrudeException(Throwable error) {
    alsoOnSource(source -> source.obtrudeException(error));
    super.obtrudeException(error);
  }

  /**
   * Applies {@code operation} to the source, if there is one that accepts it; a read-only source
   * (such as the JDK's minimal stage) leaves the operation to this future alone.
   */
  private boolean onSource(Predicate<CompletableFuture<T>> operation) {
    if (source == null) {
      return false;
    }
    try {
      return operation.test(source);
    } catch (UnsupportedOperationException readOnly) {
      return false;
    }
  }

  /** As {@link #onSource}, for an operation whose outcome does not matter here. */
  private void alsoOnSource(Consumer<CompletableFuture<T>> operation) {
    onSource(source -> {
      operation.accept(source);
      return true;
    });
  }

  /**
   * The traced counterpart of the JDK's minimal stage: dependents propagate context, and
   * everything that would complete, cancel or read it directly is refused.
   */
  private static final class MinimalStage<T> extends TracedFuture<T> {

    private MinimalStage() {
      super(null);
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
      return new MinimalStage<>();
    }

    /** A traced future, completed like this stage, that is a full {@link CompletableFuture}. */
    @Override
    public CompletableFuture<T> toCompletableFuture() {
      TracedFuture<T> copy = new TracedFuture<>(null);
      whenCompleteUntraced(this, copy::completeFromSource);
      return copy;
    }

    @Override
    public T get() {
      throw refused();
    }

    @Override
    public T get(long timeout, TimeUnit unit) {
      throw refused();
    }

    @Override
    public T getNow(T valueIfAbsent) {
      throw refused();
    }

    @Override
    public T join() {
      throw refused();
    }

    @Override
    public boolean complete(T value) {
      throw refused();
    }

    @Override
    public boolean completeExceptionally(Throwable error) {
      throw refused();
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      throw refused();
    }

    @Override
    public void obtrudeValue(T value) {
      throw refused();
    }

    @Override
    public void obtrudeException(Throwable error) {
      throw refused();
    }

    @Override
    public boolean isDone() {
      throw refused();
    }

    @Override
    public boolean isCancelled() {
      throw refused();
    }

    @Override
    public boolean isCompletedExceptionally() {
      throw refused();
    }

    @Override
    public int getNumberOfDependents() {
      throw refused();
    }

    @Override
    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier) {
      throw refused();
    }

    @Override
    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
      throw refused();
    }

    @Override
    public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
      throw refused();
    }

    @Override
    public CompletableFuture<T> completeOnTimeout(T value, long timeout, TimeUnit unit) {
      throw refused();
    }

    private static UnsupportedOperationException refused() {
      return new UnsupportedOperationException(
          "a minimal completion stage supports only the CompletionStage methods;"
              + " use toCompletableFuture() for the others");
    }
  }
}
