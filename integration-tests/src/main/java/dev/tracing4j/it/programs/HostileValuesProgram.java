package dev.tracing4j.it.programs;

import dev.tracing4j.it.hostile.InstrumentedLedger;
import dev.tracing4j.it.hostile.Ledger;
import dev.tracing4j.runtime.Tracing;
import java.util.concurrent.TimeUnit;

/**
 * Calls instrumented methods with values whose {@code toString()} overflows the stack, and prints
 * what the caller gets back: the same as without tracing. The arguments name the calls, in order:
 * {@code post}, {@code reject}, {@code open}, {@code refuse}.
 */
public final class HostileValuesProgram {
  public static void main(String[] args) throws Exception {
    Tracing.init();
    Ledger ledger = new InstrumentedLedger();
    Ledger.Entry entry = new Ledger.Entry();
    for (String call : args) {
      switch (call) {
        case "post" -> System.out.println(ledger.post(entry));
        case "reject" -> {
          try {
            ledger.reject(entry);
          } catch (Ledger.Rejected e) {
            System.out.println("rejected: " + e.getMessage());
          }
        }
        // Bounded waits: a future that never completes fails the run instead of hanging it.
        case "open" -> System.out.println("opened: "
            + (ledger.open("cash").get(10, TimeUnit.SECONDS) instanceof Ledger.Entry));
        case "refuse" -> {
          Throwable outcome = ledger.refuse("cash").handle((value, error) -> error)
              .get(10, TimeUnit.SECONDS);
          System.out.println("refused: " + (outcome instanceof Ledger.Rejected));
        }
        default -> throw new IllegalArgumentException(call);
      }
    }
  }
}
