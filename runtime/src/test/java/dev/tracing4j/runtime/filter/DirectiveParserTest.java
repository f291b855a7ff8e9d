package dev.tracing4j.runtime.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The directive syntax. Tests named after one in tracing-subscriber's {@code
 * src/filter/env/directive.rs} port it; Rust's {@code ::} becomes {@code .} where it is a target
 * separator, and Rust's lossy parse (skip what is malformed) becomes an error.
 */
class DirectiveParserTest {

  private static List<String> canonical(String filter) {
    return DirectiveParser.parse(filter).stream().map(Directive::toString).toList();
  }

  private static Directive only(String filter) {
    List<Directive> directives = DirectiveParser.parse(filter);
    assertEquals(1, directives.size(), directives::toString);
    return directives.get(0);
  }

  @Test
  void aBareLevelAppliesEverywhere() {
    assertEquals(List.of("warn"), canonical("warn"));
    assertEquals(List.of("off"), canonical("OFF"));
  }

  @Test
  void aTargetWithALevel() {
    assertEquals(List.of("com.shop=debug"), canonical("com.shop=debug"));
  }

  @Test
  void aBareTargetRecordsEverything() {
    assertEquals(List.of("com.shop=trace"), canonical("com.shop"));
  }

  @Test
  @DisplayName("parse_directives_empty_level: a target with nothing after '=' records everything")
  void anEmptyLevelRecordsEverything() {
    assertEquals(List.of("com.shop=trace"), canonical("com.shop="));
    assertEquals(List.of("com.shop=trace", "info"), canonical("com.shop= ,info"));
    assertEquals(List.of("[place]=trace"), canonical("[place]="));
  }

  @Test
  void severalDirectivesWithSpaces() {
    assertEquals(List.of("com.shop.db=trace", "info"), canonical(" com.shop.db = trace , info "));
  }

  @Test
  void spanNameAndFields() {
    assertEquals(List.of("[place{order.id=42}]=trace"), canonical("[place{order.id=42}]=trace"));
    assertEquals(List.of("com.shop[place]=debug"), canonical("com.shop[place]=debug"));
    assertEquals(List.of("[{user}]=trace"), canonical("[{user}]"));
    assertEquals(List.of("[req{a=1,b=\"x y\"}]=info"), canonical("[req{a=1, b=\"x y\"}]=info"));
  }

  @Test
  void quotedValuesKeepTheirQuotesAndEscapes() {
    Directive directive = only("[req{path=\"a \\\"b\\\" \\\\ c\"}]=debug");
    assertEquals(List.of(new FieldMatch("path", "a \"b\" \\ c", true)), directive.fields());
    assertEquals("[req{path=\"a \\\"b\\\" \\\\ c\"}]=debug", directive.toString());
    assertEquals(directive, only(directive.toString()));
  }

  @Test
  void commasInsideBracesAndQuotesDoNotSplitDirectives() {
    List<Directive> directives = DirectiveParser.parse("[s{a=1,b=\"p,q]\"}]=debug,warn");
    assertEquals(2, directives.size());
    assertEquals(List.of(new FieldMatch("a", "1", false), new FieldMatch("b", "p,q]", true)),
        directives.get(0).fields());
  }

  @Test
  void emptyEntriesAreIgnored() {
    assertEquals(List.of("info"), canonical("info,"));
    assertEquals(List.of(), canonical(""));
    assertEquals(List.of(), canonical(" , "));
  }

  @Test
  @DisplayName("parse_directives_with_dash_in_span_name and spaces: a span name is taken verbatim")
  void spanNamesMayHoldSpacesAndPunctuation() {
    assertEquals("GET /orders", only("[GET /orders]=debug").spanName());
    assertEquals("span-name", only("target[span-name]=info").spanName());
    assertEquals("a,b", only("[a,b]=info").spanName());
    assertEquals(List.of("info", "[GET /orders]=debug"), canonical("info,[GET /orders]=debug"));
  }

  @Test
  @DisplayName("parse_directives_with_special_characters_in_span_name")
  void spanNamesMayHoldEveryCharacterButTheClosingOnes() {
    String spanName = "!\"#$%&'()*+-./:;<=>?@^_`|~[}";
    Directive directive = only("target[" + spanName + "]=info");
    assertEquals("target", directive.target());
    assertEquals(spanName, directive.spanName());
    assertEquals(LevelFilter.INFO, directive.level());
    assertEquals(directive, only(directive.toString()));
  }

  @Test
  @DisplayName("parse_directives_with_dash_in_target_name")
  void targetsMayHoldDashesDollarsAndColons() {
    assertEquals("target-name", only("target-name=info").target());
    assertEquals("com.shop.Outer$Inner", only("com.shop.Outer$Inner=debug").target());
    assertEquals("crate1::mod1", only("crate1::mod1=error").target());
    assertEquals("_private", only("_private").target());
  }

  @Test
  @DisplayName("parse_directives_valid")
  void parseDirectivesValid() {
    assertEquals(List.of("crate1.mod1=error", "crate1.mod2=trace", "crate2=debug", "crate3=off"),
        canonical("crate1.mod1=error,crate1.mod2,crate2=debug,crate3=off"));
  }

  @Test
  @DisplayName("parse_directives_ralith, _uc, _mixed, parse_uppercase_level_directives")
  void levelsAreReadInAnyCase() {
    assertEquals(List.of("common=trace", "server=trace"), canonical("common=trace,server=trace"));
    assertEquals(List.of("common=info", "server=debug"), canonical("common=INFO,server=DEBUG"));
    assertEquals(List.of("common=info", "server=debug"), canonical("common=iNfo,server=dEbUg"));
    assertEquals(List.of("a=error", "b=warn", "c=info", "d=debug", "e=trace", "f=off"),
        canonical("a=ERROR,b=WARN,c=INFO,d=DEBUG,e=TRACE,f=OFF"));
  }

  @Test
  @DisplayName("parse_level_directives")
  void parseLevelDirectives() {
    assertEquals(List.of("crate1.mod1=error", "crate1.mod2=warn", "crate1.mod2.mod3=info",
            "crate2=debug", "crate3=trace", "crate3.mod2.mod1=off"),
        canonical("crate1.mod1=error,crate1.mod2=warn,crate1.mod2.mod3=info,"
            + "crate2=debug,crate3=trace,crate3.mod2.mod1=off"));
  }

  @ParameterizedTest(name = "parse_directives_global_bare_warn: {0}")
  @ValueSource(strings = {"warn", "WARN", "wArN"})
  void aBareLevelInAnyCase(String filter) {
    Directive directive = only(filter);
    assertEquals(null, directive.target());
    assertEquals(null, directive.spanName());
    assertEquals(LevelFilter.WARN, directive.level());
  }

  @Test
  @DisplayName("parse_directives_global")
  void parseDirectivesGlobal() {
    assertEquals(List.of("warn", "crate2=debug"), canonical("warn,crate2=debug"));
  }

  @Test
  @DisplayName("parse_directives_valid_with_spans")
  void parseDirectivesValidWithSpans() {
    assertEquals(List.of("crate1.mod1[foo]=error", "crate1.mod2[bar]=trace", "crate2[baz]=debug"),
        canonical("crate1.mod1[foo]=error,crate1.mod2[bar],crate2[baz]=debug"));
  }

  /**
   * Among these, {@code ,!} ports Rust's {@code parse_invalid_string}, {@code target[]{]=info}
   * {@code parse_directives_with_invalid_span_chars} and {@code a=warn=info} {@code
   * parse_directives_invalid_crate}; Rust skips those directives where tracing4j stops.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "com.shop=loud     | 9  | invalid filter directive \"com.shop=loud\" at position 9: unknown level 'loud'; expected off, error, warn, info, debug or trace",
      "=debug            | 0  | invalid filter directive \"=debug\" at position 0: missing target before '='; write only the level to apply it everywhere",
      "[place=trace      | 12 | invalid filter directive \"[place=trace\" at position 12: expected ']' to close the span part, found the end",
      "[p{id=1]=trace    | 7  | invalid filter directive \"[p{id=1]=trace\" at position 7: unexpected ']' in field value",
      "[p{=1}]=info      | 3  | invalid filter directive \"[p{=1}]=info\" at position 3: missing field name; expected {name} or {name=value}",
      "com shop=info     | 3  | invalid filter directive \"com shop=info\" at position 3: unexpected ' ' in target",
      "[p]x              | 3  | invalid filter directive \"[p]x\" at position 3: unexpected 'x'; expected '=' and a level",
      "[p{n=\"open}]     | 5  | invalid filter directive \"[p{n=\"open}]\" at position 5: unterminated string; expected a closing '\"'",
      ",!                | 1  | invalid filter directive \"!\" at position 1: unexpected '!'; a directive starts with a level, a target (a letter, a digit, '_', '$', '-' or ':') or '['",
      "target[]{]=info   | 6  | invalid filter directive \"target[]{]=info\" at position 6: empty span part '[]'; write a span name, {fields} or both inside",
      "a=warn=info,b     | 2  | invalid filter directive \"a=warn=info\" at position 2: unknown level 'warn=info'; expected off, error, warn, info, debug or trace",
      "[p{a=1}x,info     | 7  | invalid filter directive \"[p{a=1}x\" at position 7: expected ']' to close the span part, found 'x'",
  })
  void malformedDirectivesNameTheDirectiveAndThePosition(String filter, int position, String message) {
    FilterSyntaxException e = assertThrows(FilterSyntaxException.class, () -> EnvFilter.parse(filter));
    assertEquals(position, e.position());
    String[] lines = e.getMessage().split(System.lineSeparator());
    assertEquals(message, lines[0]);
    assertEquals("  " + filter, lines[1]);
    assertEquals("  " + " ".repeat(position) + "^", lines[2]);
  }
}
