package dev.tracing4j.runtime.async;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * The future an instrumented async method returns in place of the one its body returned (the
 * source). It completes with the source's outcome once the method's span is closed; cancelling or
 * completing it acts on the source too, so callers see the behaviour of the original.
 *
 * <pre>{@code
 * CompletableFuture<Receipt> receipt = service.placeAsync(42);   // a TracedFuture
 * receipt.cancel(true);                                         // cancels the source as well
 * }</pre>
 *
 * @param <T> the result type
 */
public final class TracedFuture<T> extends CompletableFuture<T> {

  /** The future whose outcome this one mirrors; null for dependents of a traced future. */
  private final CompletableFuture<T> source;

  private TracedFuture(CompletableFuture<T> source) {
    this.source = source;
  }

  /**
   * A future that completes like {@code stage}, after {@code beforeCompletion} has seen the
   * outcome. {@code beforeCompletion} runs exactly once: when {@code stage} completes, or when the
   * returned future is completed first (for example cancelled).
   */
  public static <T> TracedFuture<T> completingAfter(CompletionStage<T> stage,
      BiConsumer<? super T, ? super Throwable> beforeCompletion) {
    TracedFuture<T> traced = new TracedFuture<>(sourceOf(stage));
    AtomicBoolean once = new AtomicBoolean();
    stage.whenComplete((value, error) -> {
      if (once.compareAndSet(false, true)) {
        runQuietly(beforeCompletion, value, error);
      }
      traced.completeFromSource(value, error);
    });
    traced.whenCompleteUntraced((value, error) -> {
      if (once.compareAndSet(false, true)) {
        runQuietly(beforeCompletion, value, error);
      }
    });
    return traced;
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

  private static <T> void runQuietly(BiConsumer<? super T, ? super Throwable> action, T value,
      Throwable error) {
    try {
      action.accept(value, error);
    } catch (RuntimeException failure) {
      dev.tracing4j.runtime.internal.FailureReporter.report("completing a traced future", failure);
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
    super.whenComplete(action);
  }

  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    return new TracedFuture<>(null);
  }

  /** Cancels this future and the source. */
  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (source != null) {
      source.cancel(mayInterruptIfRunning);
    }
    return cancelled;
  }

  /** Completes the source with {@code value}, as completing the original would. */
  @Override
  public boolean complete(T value) {
    boolean sourceCompleted = source != null && source.complete(value);
    return super.complete(value) || sourceCompleted;
  }

  /** Completes the source with {@code error}, as completing the original would. */
  @Override
  public boolean completeExceptionally(Throwable error) {
    boolean sourceCompleted = source != null && source.completeExceptionally(error);
    return super.completeExceptionally(error) || sourceCompleted;
  }

  @Override
  public void obtrudeValue(T value) {
    if (source != null) {
      source.obtrudeValue(value);
    }
    super.obtrudeValue(value);
  }

  @Override
  public void obtrudeException(Throwable error) {
    if (source != null) {
      source.obtrudeException(error);
    }
    super.obtrudeException(error);
  }
}
