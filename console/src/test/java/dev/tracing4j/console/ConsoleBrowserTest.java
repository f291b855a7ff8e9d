package dev.tracing4j.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.registry.Registry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page in a real headless Chromium against a running program ({@link KnownProgram}): it lists
 * the tasks, follows the updates, opens a task's details, filters and switches to root spans.
 * Chromium is required on CI ({@code CI=true}); elsewhere the test is skipped without it.
 */
class ConsoleBrowserTest {
  private static ConsoleLayer console;
  private static KnownProgram program;
  private static HeadlessChromium browser;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> chromium = HeadlessChromium.binary();
    if (chromium.isEmpty() && !"true".equals(System.getenv("CI"))) {
      Assumptions.abort("no chromium on PATH: apt-get install chromium");
    }
    console = ConsoleLayer.builder().port(0).retention(Duration.ofMinutes(1), 1_000)
        .messages(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .build();
    Tracing.setGlobalDefault(Registry.builder().with(console).build());
    program = new KnownProgram().start();
    browser = new HeadlessChromium(chromium.orElseThrow(
        () -> new AssertionError("CI needs chromium on PATH (apt-get install chromium)")));
    browser.navigate(console.url());
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (program != null) {
      program.close();
    }
    Tracing.setGlobalDefault(Registry.builder().build());
  }

  @Test
  void listsTheTasksAndFollowsTheirUpdates() throws InterruptedException {
    browser.await("document.querySelectorAll('#rows tbody tr').length === 3",
        "the program's three tasks");
    assertEquals("blocking,single,single", browser.evaluate(
        "[...document.querySelectorAll('#rows tbody tr td:nth-child(3)')].map(td => td.textContent)"
            + ".sort().join()").asText());
    browser.await("document.querySelector('#rows tbody tr[data-state=running]')",
        "the waiting task running");
    long seq = browser.evaluate("Number(document.getElementById('status').dataset.seq)").asLong();
    browser.await("Number(document.getElementById('status').dataset.seq) > " + seq,
        "an update after the first snapshot");

    program.release.countDown(); // the waiting task and the one queued behind it finish
    browser.await("document.querySelectorAll('#rows tbody tr[data-state=done]').length === 3",
        "every task done after the release");
  }

  @Test
  void aTasksDetailsShowItsSubtreeEventsAndHistograms() throws InterruptedException {
    browser.await("document.querySelector('#rows tbody tr td.warn')?.textContent === '⚠'",
        "the blocking task's warning");
    browser.evaluate("document.querySelector('#rows tbody tr td.warn:not(:empty)').parentElement"
        + ".click(), true");
    browser.await("!document.getElementById('details').hidden"
        + " && document.querySelector('#subtree tbody tr:nth-child(2)')", "the details");
    String subtree = browser.evaluate("document.getElementById('subtree').innerText").asText();
    assertTrue(subtree.contains("crunch"), subtree);
    assertTrue(browser.evaluate("document.getElementById('details-warnings').innerText").asText()
        .contains("it blocks its pool thread"));
    browser.await("document.getElementById('events').innerText.includes('crunched rows=3')",
        "the task's event");
    assertTrue(browser.evaluate("document.querySelector('#hist-poll .stats').textContent")
        .asText().startsWith("1 samples · min 2"));
    assertTrue(browser.evaluate("location.hash").asText().startsWith("#row="));
    // The timeline module's renderer draws the task and its span crunch.
    browser.await("document.querySelector('#subtree-timeline canvas')"
        + " && document.getElementById('subtree-timeline').dataset.spans === '2'",
        "the subtree drawn by the timeline renderer");
  }

  @Test
  void filtersByFieldAndShowsRootSpans() throws InterruptedException {
    browser.await("document.querySelectorAll('#rows tbody tr').length === 3", "the tasks");
    browser.evaluate("(() => { const f = document.getElementById('filter');"
        + " f.value = 'task.name=blocking'; f.dispatchEvent(new Event('input')); return true; })()");
    browser.await("document.querySelectorAll('#rows tbody tr').length === 1",
        "only the task of executor blocking");
    browser.evaluate("(() => { const f = document.getElementById('filter');"
        + " f.value = ''; f.dispatchEvent(new Event('input'));"
        + " document.getElementById('tab-spans').click(); return true; })()");
    browser.await("document.querySelector('#rows tbody tr td:nth-child(3)')?.textContent"
        + " === 'request'", "the root span request");
    browser.evaluate("document.getElementById('tab-tasks').click(), true");
  }
}
