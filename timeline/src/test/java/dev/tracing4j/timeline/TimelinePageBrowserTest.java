package dev.tracing4j.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.registry.Registry;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page of a traced program in a real browser, headless Chromium: the scripts run without an
 * error and without a single request, and what they put in the DOM matches the program. The
 * screenshot stays in {@code target/timeline-browser/shop.png}.
 */
class TimelinePageBrowserTest {
  static final Path TARGET = Path.of("target", "timeline-browser");
  private static final Pattern TABLE_ROW = Pattern.compile(
      "<tr><th scope=\"row\" data-value=\"([^\"]*)\">[^<]*</th><td data-value=\"(\\d+)\">");
  private static final Pattern CHECK = Pattern.compile("<pre id=\"check\">(.*?)</pre>",
      Pattern.DOTALL);

  private static Path page;
  private static Chromium chromium;
  private static Chromium.Result loaded;

  @BeforeAll
  static void traceTheShopAndOpenItsPage() throws Exception {
    chromium = Chromium.find();
    Files.createDirectories(TARGET);
    page = TARGET.resolve("shop.html");
    TimelineLayer layer = TimelineLayer.builder().output(Output.newFile(page)).build();
    Registry registry = Registry.builder().with(layer).build();
    ShopProgram.run(registry);
    registry.shutdown();
    loaded = chromium.load(page, null, TARGET.resolve("shop.png"), TARGET);
  }

  @Test
  void theScriptsRunWithoutAnErrorAndWithoutAnyRequest() {
    // The page's policy forbids every request: one would show as "Refused to ..." here.
    assertEquals(List.of(), loaded.console(), "console of " + page);
    assertTrue(loaded.dom().contains("data-timeline=\"ready\""), loaded.dom());
  }

  @Test
  void everySpanNameHasARowInTheTableAndTheCountsAreTheProgramsSpans() {
    Map<String, Integer> counts = tableCounts(loaded.dom());
    Map<String, Integer> expected = new LinkedHashMap<>();
    ShopProgram.SPAN_NAMES.forEach(name -> expected.put(name, ShopProgram.REQUESTS.length));
    assertEquals(expected.keySet(), counts.keySet());
    assertEquals(expected, new LinkedHashMap<>(counts));
    assertTrue(loaded.dom().contains("data-rows=\"" + ShopProgram.SPANS + "\""),
        "the timeline has a row per span");
    assertTrue(loaded.dom().contains(ShopProgram.SPANS + " spans in 3 requests"));
  }

  @Test
  void aSearchInTheAddressNarrowsTheRowsToTheMatchingRequest() throws Exception {
    Chromium.Result searched = chromium.load(page, "search=r-2", null, TARGET);
    assertEquals(List.of(), searched.console());
    // The checkout of r-2 matches by its field; the rows are that request's four spans.
    assertTrue(searched.dom().contains("data-matches=\"1\""), searched.dom());
    assertTrue(searched.dom().contains("data-rows=\"4\""), searched.dom());
    assertTrue(searched.dom().contains("1 of " + ShopProgram.SPANS + " spans match"));
  }

  @Test
  void typingASearchSortingTheTableAndPointingAtARowWorkInTheBrowser() throws Exception {
    Path interactive = TARGET.resolve("shop-interactive.html");
    String html = Files.readString(page, StandardCharsets.UTF_8);
    Files.writeString(interactive, html.replace("</body>",
        "<script>" + resource("interact.js") + "</script>\n</body>"), StandardCharsets.UTF_8);
    Chromium.Result result = chromium.load(interactive, null, null, TARGET);
    assertEquals(List.of(), result.console());
    Matcher check = CHECK.matcher(result.dom());
    assertTrue(check.find(), result.dom());
    JsonNode out = new ObjectMapper().readTree(check.group(1).replace("&lt;", "<")
        .replace("&gt;", ">").replace("&amp;", "&"));

    // "charge" matches the three charges; each shows under its checkout: six rows.
    assertEquals(3, out.get("typedMatches").asInt());
    assertEquals(6, out.get("typedRows").asInt());
    assertEquals(ShopProgram.SPANS, out.get("clearedRows").asInt());
    assertEquals("[\"charge\",\"checkout\",\"reserve\",\"task\"]", out.get("byName").toString());
    assertEquals("ascending", out.get("byNameSort").asText());
    assertTrue(out.get("tooltip").asText().startsWith("checkoutshop.Checkoutrequest.id = r-1"),
        out.get("tooltip").asText());
    assertTrue(out.get("tooltip").asText().contains("busy"), out.get("tooltip").asText());
  }

  @Test
  void theScreenshotShowsBusyIntervalsInTheColoursOfTheirThreads() throws Exception {
    BufferedImage image = ImageIO.read(TARGET.resolve("shop.png").toFile());
    // The colours of threads 0 to 2 (main, worker-1, worker-2) in timeline.js.
    for (int colour : new int[] {0x2a9d8f, 0x7b5ea7, 0x5b8c3a}) {
      int pixels = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          if ((image.getRGB(x, y) & 0xffffff) == colour) {
            pixels++;
          }
        }
      }
      assertTrue(pixels > 100, String.format("%d pixels of #%06x", pixels, colour));
    }
  }

  static Map<String, Integer> tableCounts(String dom) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher row = TABLE_ROW.matcher(dom);
    while (row.find()) {
      counts.put(row.group(1), Integer.parseInt(row.group(2)));
    }
    return counts;
  }

  static String resource(String name) throws Exception {
    try (var in = TimelinePageBrowserTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<String> lines(String text) {
    return new ArrayList<>(text.lines().toList());
  }
}
