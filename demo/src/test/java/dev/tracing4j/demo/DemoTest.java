package dev.tracing4j.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's demo, run as the first command runs it: what it prints must stay worth reading. */
class DemoTest {

  private static final Map<String, List<String>> SKUS = Map.of(
      "r-1", List.of("apple", "pear"), "r-2", List.of("fig"), "r-3", List.of("plum", "kiwi", "lime"));

  @Test
  void everyLineNamesTheRequestItBelongsToAndSpansReportBusyAndIdleTime() throws Exception {
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
    List<String> lines = output.lines().toList();

    Pattern reserved = Pattern.compile(
        "checkout\\{request\\.id=\"(r-\\d)\".*: dev\\.tracing4j\\.demo\\.Inventory: reserved sku=\"(\\w+)\"");
    int reservations = 0;
    for (String line : lines) {
      Matcher m = reserved.matcher(line);
      if (m.find()) {
        reservations++;
        assertTrue(SKUS.get(m.group(1)).contains(m.group(2)), "attributed to the wrong request: "
            + line);
      }
    }
    assertEquals(6, reservations, output);
    for (String request : SKUS.keySet()) {
      assertTrue(lines.stream().anyMatch(l -> l.contains("checkout{request.id=\"" + request + "\"")
          && l.matches(".* close time\\.busy=\\d\\S*s time\\.idle=\\d\\S*s")), request + output);
    }
    assertTrue(lines.stream().anyMatch(l -> l.contains(" ERROR checkout{request.id=\"r-3\""
        + " customer=\"mallory\"}: dev.tracing4j.demo.CheckoutService: error=")), output);
    assertTrue(lines.stream().anyMatch(l -> l.contains(":task{task.id=") && l.contains("close")),
        output);
    assertTrue(lines.get(lines.size() - 1).contains("all done ok=2 failed=1")
        || output.contains("all done ok=2 failed=1"), output);
  }
}
