package dev.tracing4j.runtime.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DirectiveParserTest {

  private static List<String> canonical(String filter) {
    return DirectiveParser.parse(filter).stream().map(Directive::toString).toList();
  }

  @Test
  void aBareLevelAppliesEverywhere() {
    assertEquals(List.of("=warn"), canonical("warn"));
    assertEquals(List.of("=off"), canonical("OFF"));
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
  void severalDirectivesWithSpaces() {
    assertEquals(List.of("com.shop.db=trace", "=info"), canonical(" com.shop.db = trace , info "));
  }

  @Test
  void spanNameAndFields() {
    assertEquals(List.of("[place{order.id=42}]=trace"), canonical("[place{order.id=42}]=trace"));
    assertEquals(List.of("com.shop[place]=debug"), canonical("com.shop[place]=debug"));
    assertEquals(List.of("[{user}]=trace"), canonical("[{user}]"));
    assertEquals(List.of("[req{a=1,b=x y}]=info"), canonical("[req{a=1, b=\"x y\"}]=info"));
  }

  @Test
  void commasInsideBracesAndQuotesDoNotSplitDirectives() {
    List<Directive> directives = DirectiveParser.parse("[s{a=1,b=\"p,q]\"}]=debug,warn");
    assertEquals(2, directives.size());
    assertEquals(List.of(new FieldMatch("a", "1"), new FieldMatch("b", "p,q]")),
        directives.get(0).fields());
  }

  @Test
  void emptyEntriesAreIgnored() {
    assertEquals(List.of("=info"), canonical("info,"));
    assertEquals(List.of(), canonical(""));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "com.shop=loud     | 9  | invalid filter directive \"com.shop=loud\" at position 9: unknown level 'loud'; expected off, error, warn, info, debug or trace",
      "info,com.shop=    | 14 | invalid filter directive \"com.shop=\" at position 14: missing level after '='; expected off, error, warn, info, debug or trace",
      "=debug            | 0  | invalid filter directive \"=debug\" at position 0: missing target before '='; write only the level to apply it everywhere",
      "[place=trace      | 6  | invalid filter directive \"[place=trace\" at position 6: expected ']' to close the span part, found '='",
      "[p{id=1]=trace    | 7  | invalid filter directive \"[p{id=1]=trace\" at position 7: unexpected ']' in field value",
      "[p{=1}]=info      | 3  | invalid filter directive \"[p{=1}]=info\" at position 3: missing field name; expected {name} or {name=value}",
      "com shop=info     | 3  | invalid filter directive \"com shop=info\" at position 3: unexpected ' ' in target",
      "[p]x              | 3  | invalid filter directive \"[p]x\" at position 3: unexpected 'x'; expected '=' and a level",
      "[p{n=\"open}]     | 5  | invalid filter directive \"[p{n=\"open}]\" at position 5: unterminated string; expected a closing '\"'",
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
