package dev.tracing4j.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracing4j.Level;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.chrome.ChromeLayer;
import dev.tracing4j.runtime.filter.EnvFilter;
import dev.tracing4j.runtime.fmt.FmtLayer;
import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.json.JsonLayer;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.registry.Registry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever values and messages hold, fmt writes one line per event, json one parseable object per
 * line with the values intact, and chrome a parseable file. The corpus is generated (with a fixed
 * seed) from the characters that break naive writers.
 */
class HostileInputTest {

  private static final String[] PIECES = {
      "\n", "\r", "\r\n", "\t", "\u0000", "\u0001", "\u0007", "\b", "\f", "\u001b", "\u001b[31m",
      "\u001b]0;title\u0007", "\u007f", "\u0085", "\u009b", "\u2028", "\u2029", "\u202a", "\u202e", "\u2066", "\u2069",
      "\u05d0", "\"", "\\", "'",
      "{", "}", "[", "]", ",", ":", "=", "\ud800", "\udbff", "\udc00", "\udfff",
      "\ud83d\ude00", "\ufeff", "\uffff", "\ufffd", "é", "中", " ", "a", "null", "\\u0000",
      "\"}]}", "</script>"};
  /**
   * The corpus is also used for field names, one of them 1 MB long: valid JSON, but longer than
   * jackson's default reader allows for a name (50 000 characters). A repeated member name fails
   * the read: no value may hide another.
   */
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNameLength(4 << 20).build())
      .build()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  @TempDir
  Path dir;

  static List<String> corpus() {
    Random random = new Random(20261124);
    List<String> corpus = new ArrayList<>();
    corpus.add("");
    for (String piece : PIECES) {
      corpus.add(piece);
      corpus.add("x" + piece + "y");
    }
    for (int i = 0; i < 400; i++) {
      StringBuilder s = new StringBuilder();
      int pieces = random.nextInt(24);
      for (int j = 0; j < pieces; j++) {
        s.append(PIECES[random.nextInt(PIECES.length)]);
      }
      corpus.add(s.toString());
    }
    StringBuilder big = new StringBuilder(1 << 20);
    while (big.length() < (1 << 20)) {
      big.append(PIECES[random.nextInt(PIECES.length)]).append("payload ");
    }
    corpus.add(big.toString());
    return corpus;
  }

  /** What a JSON reader must get back: the string with each unpaired surrogate as U+FFFD. */
  static String expectedText(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      out.appendCodePoint(Character.isSurrogate((char) cp) && cp < 0x10000 ? 0xfffd : cp);
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static boolean isSeparatorOrBidiControl(int c) {
    return c >= 0x2028 && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
  }

  private static final Object THROWING = new Object() {
    @Override
    public String toString() {
      throw new IllegalStateException("toString\nbroke \ud800");
    }
  };

  private static final Object RETURNS_NULL = new Object() {
    @Override
    public String toString() {
      return null;
    }
  };

  @Test
  void everyFormatStaysValidWhateverTheInput() throws Exception {
    Path fmt = dir.resolve("fmt.log");
    Path json = dir.resolve("events.jsonl");
    Path chrome = dir.resolve("trace.json");
    Registry registry = Registry.builder()
        .with(FmtLayer.builder().output(Output.file(fmt)).ansi(false)
            .spanEvents(SpanEvents.FULL).build())
        .with(JsonLayer.builder().output(Output.file(json)).build())
        .with(ChromeLayer.builder().output(Output.file(chrome)).build(), EnvFilter.parse("trace"))
        .build();
    List<String> corpus = corpus();
    PrintStream stderr = FailureReporter.redirect(new PrintStream(new ByteArrayOutputStream()));
    try {
      Tracing.withDefault(registry, () -> {
        for (String text : corpus) {
          Tracer tracer = Tracer.of("hostile." + text);
          Span span = tracer.span(Level.INFO, text).field(text, text).field("o", THROWING).start();
          try (Scope scope = span.enter()) {
            tracer.atInfo().field(text, text).field("null", RETURNS_NULL).field("nan", Double.NaN)
                .field("inf", Double.NEGATIVE_INFINITY).field("min", Long.MIN_VALUE)
                .field("text", text).field("mirror", new StringBuilder(text)).log(text);
          }
          span.record("later", text);
          span.close();
        }
      });
      registry.shutdown();
    } finally {
      FailureReporter.redirect(stderr);
    }

    // fmt: valid UTF-8, only \n as a control character, one line per event or lifecycle event.
    String fmtText = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(Files.readAllBytes(fmt))).toString();
    assertTrue(fmtText.chars().noneMatch(c -> (c < 0x20 && c != '\n') || c == 0x7f
        || (c >= 0x80 && c < 0xa0) || isSeparatorOrBidiControl(c)), "raw control characters");
    assertEquals(corpus.size() * 5, fmtText.split("\n", -1).length - 1,
        "one line per event and per new/enter/exit/close");

    // json and chrome: no raw character that splits or reorders a line, once decoded.
    for (Path file : List.of(json, chrome)) {
      assertTrue(Files.readString(file).chars().noneMatch(HostileInputTest::isSeparatorOrBidiControl),
          "raw line separator or bidirectional control in " + file.getFileName());
    }

    // json: every line parses, and the values come back as written (surrogates made whole).
    List<String> lines = Files.readAllLines(json);
    assertEquals(corpus.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode event = MAPPER.readTree(lines.get(i));
      String expected = expectedText(corpus.get(i));
      JsonNode fields = event.get("fields");
      assertEquals(expected, fields.get("message").asText(), "message " + i);
      assertEquals(expected, fields.get("text").asText(), "text " + i);
      assertEquals(expected, fields.get("mirror").asText(), "mirror " + i);
      assertEquals(expected, event.get("span").get("name").asText(), "span name " + i);
      assertEquals("hostile." + expected, event.get("target").asText(), "target " + i);
      assertEquals("NaN", fields.get("nan").asText());
      assertEquals("-Infinity", fields.get("inf").asText());
      assertEquals(Long.MIN_VALUE, fields.get("min").asLong());
      assertEquals("null", fields.get("null").asText());
      assertTrue(event.get("span").get("o").asText().startsWith("<toString() threw"));
    }

    // chrome: the whole file is one valid document with every event.
    JsonNode trace = MAPPER.readTree(chrome.toFile());
    long instants = 0;
    for (JsonNode event : trace.get("traceEvents")) {
      if (event.get("ph").asText().equals("i")) {
        instants++;
      }
    }
    assertEquals(corpus.size(), instants);
  }
}
