package dev.tracing4j.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.registry.Registry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Completed tasks stay listed within their bounds, so memory stays flat in a long run. */
class RetentionTest {
  private static final long MIB = 1024 * 1024;
  /** What a thousand retained tasks may hold, with room for the JVM's noise. */
  private static final long RETAINED_BOUND = 24 * MIB;

  private ConsoleLayer console;

  private ConsoleLayer install(Duration retention, int max) {
    console = ConsoleLayer.builder().port(0).retention(retention, max)
        .messages(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .build();
    Tracing.setGlobalDefault(Registry.builder().with(console).build());
    return console;
  }

  @AfterEach
  void uninstall() {
    Tracing.setGlobalDefault(Registry.builder().build());
  }

  @Test
  void aMillionTasksKeepAThousandListedAndMemoryFlat() {
    install(Duration.ofMinutes(10), 1_000);
    ExecutorService tasks = Tracing.instrumented(new DirectExecutorService(), "many");
    Runnable nothing = () -> { };
    for (int i = 0; i < 10_000; i++) {
      tasks.execute(nothing); // warm up, then measure from a full retention
    }
    long before = usedAfterGc();
    long highest = 0;
    for (int round = 0; round < 10; round++) {
      for (int i = 0; i < 100_000; i++) {
        tasks.execute(nothing);
      }
      assertTrue(console.table().completedCount() <= 1_000);
      if (round % 3 == 2) {
        highest = Math.max(highest, usedAfterGc());
      }
    }
    Snapshot snapshot = console.aggregator().aggregate();
    highest = Math.max(highest, usedAfterGc());
    assertEquals(1_000, snapshot.rows().size());
    assertEquals(1_000, snapshot.taskCounts().get(TaskState.DONE));
    assertEquals(0, console.table().openCount());
    long grown = highest - before;
    System.out.printf("retention: a million tasks, used memory after GC %d MiB before, %d MiB at"
        + " most during, grown %.1f MiB%n", before / MIB, highest / MIB, grown / (double) MIB);
    assertTrue(grown < RETAINED_BOUND, "memory grew by " + grown / MIB + " MiB");
  }

  @Test
  void completedTasksLeaveTheListAfterTheRetentionTime() throws InterruptedException {
    install(Duration.ofMillis(200), 1_000);
    console.aggregator().aggregate();
    ExecutorService tasks = Tracing.instrumented(new DirectExecutorService(), "brief");
    for (int i = 0; i < 3; i++) {
      tasks.execute(() -> { });
    }
    Snapshot listed = console.aggregator().aggregate();
    assertEquals(3, listed.rows().size());
    List<Long> ids = listed.rows().stream().map(RowView::id).toList();
    Thread.sleep(300);
    Snapshot later = console.aggregator().aggregate();
    assertEquals(List.of(), later.rows());
    assertEquals(ids, later.removed());
  }

  @Test
  void theCountBoundDropsTheOldestCompletedFirst() {
    install(Duration.ofMinutes(10), 2);
    ExecutorService tasks = Tracing.instrumented(new DirectExecutorService(), "few");
    List<Long> spanIds = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      tasks.execute(() -> spanIds.add(Span.current().id()));
    }
    List<RowView> rows = console.aggregator().aggregate().rows();
    assertEquals(spanIds.subList(3, 5), rows.stream().map(RowView::id).toList());
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
