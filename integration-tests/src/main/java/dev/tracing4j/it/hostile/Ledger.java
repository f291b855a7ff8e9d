package dev.tracing4j.it.hostile;

import dev.tracing4j.Instrument;
import java.util.concurrent.CompletableFuture;

/**
 * Instrumented methods whose parameters, results and exceptions print each other in a cycle, so
 * that every {@code toString()} of them recurses until the stack overflows.
 */
public class Ledger {

  /** An entry that shows the next one, which is itself. */
  public static final class Entry {
    private final Entry next = this;

    @Override
    public String toString() {
      return "entry -> " + next;
    }
  }

  /** A rejection that explains itself with itself. */
  public static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;

    public Rejected() {
      super("rejected");
    }

    @Override
    public String toString() {
      return "rejected because " + this;
    }
  }

  @Instrument
  public String post(Entry entry) {
    return "posted";
  }

  @Instrument(err = true)
  public void reject(Entry entry) throws Rejected {
    throw new Rejected();
  }

  @Instrument(ret = true)
  public CompletableFuture<Entry> open(String name) {
    return CompletableFuture.supplyAsync(Entry::new);
  }

  /** Completes on another thread with {@link Rejected}, as plainly as a caller can. */
  @Instrument(err = true)
  public CompletableFuture<String> refuse(String name) {
    CompletableFuture<String> result = new CompletableFuture<>();
    new Thread(() -> result.completeExceptionally(new Rejected())).start();
    return result;
  }
}
