package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracing4j.it.programs.SlowFutureProgram;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a user sees of a span's lifecycle: every enter has its exit, and close comes last. */
class SpanLifecycleIT {

  @Test
  void anAsyncSpanCompletedInsideItsOwnTaskExitsTheTaskBeforeItCloses() throws Exception {
    ProgramRun run = ProgramRun.run(SlowFutureProgram.class, "-Dtracing4j.subscriber=fmt",
        "-Dtracing4j.span_events=full", "-Dtracing4j.filter=trace");
    assertEquals(0, run.exitCode, run.toString());
    assertEquals("x\n", run.stdout);
    List<String> lifecycle = run.stderrLines().stream()
        .map(line -> line.replaceFirst("^<ts>\\s+INFO slow: dev\\.tracing4j\\.it\\.async\\.SlowService: ", ""))
        .map(line -> line.replaceFirst(" time\\.busy=.*", ""))
        .toList();
    // The body, the pool's task in the span, and the completion recorded inside that task: three
    // enters, three exits, and only then the close. (The task may enter before the body exits.)
    assertEquals("new", lifecycle.get(0), run.toString());
    assertEquals("close", lifecycle.get(lifecycle.size() - 1), run.toString());
    assertEquals(List.of("enter", "enter", "enter", "exit", "exit", "exit"),
        lifecycle.subList(1, lifecycle.size() - 1).stream().sorted().toList(), run.toString());
    assertEquals(List.of("enter", "exit", "exit"), lifecycle.subList(lifecycle.size() - 4,
        lifecycle.size() - 1), "the completion's enter and exit come before the task's exit");
  }
}
