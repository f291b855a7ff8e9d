package dev.tracing4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tracing4j.processor.FieldEntry.Literal;
import dev.tracing4j.processor.FieldEntry.Path;
import dev.tracing4j.processor.FieldEntry.Step;
import dev.tracing4j.processor.FieldEntryParser.MalformedEntry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code fields} entries as the processor reads them, and the exact words for malformed ones. */
class FieldEntryParserTest {

  private static Object literal(String expression) throws MalformedEntry {
    return ((Literal) FieldEntryParser.parse("f = " + expression).expression()).value();
  }

  @Test
  void aBareNameDeclaresAFieldRecordedLater() throws MalformedEntry {
    FieldEntry entry = FieldEntryParser.parse("  rows.read ");
    assertEquals("rows.read", entry.name());
    assertNull(entry.expression());
  }

  @Test
  void aPathIsAParameterFollowedByCallsAndFields() throws MalformedEntry {
    FieldEntry entry = FieldEntryParser.parse("customer.city = order . customer() .address.city()");
    assertEquals("customer.city", entry.name());
    assertEquals(new Path("order", List.of(new Step("customer", true), new Step("address", false),
        new Step("city", true))), entry.expression());
  }

  @Test
  void literalsKeepTheirJavaType() throws MalformedEntry {
    assertEquals(42L, literal("42"));
    assertEquals(-1_000_000L, literal("-1_000_000L"));
    assertEquals(0L, literal("0"));
    assertEquals(2.5, literal("2.5"));
    assertEquals(1000.0, literal("1e3"));
    assertEquals(-0.25, literal("-0.25d"));
    assertEquals(3.0, literal("3f"));
    assertEquals(true, literal("true"));
    assertEquals(false, literal("false"));
    assertEquals("eu-west", literal("\"eu-west\""));
    assertEquals("tab\there \"quoted\" A\\", literal("\"tab\\there \\\"quoted\\\" \\u0041\\\\\""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'= order.id'|the field name is missing",
      "'order id = 1'|'order id' is not a field name: use Java identifiers joined by dots, such as order.id",
      "'class = 1'|'class' is not a field name: use Java identifiers joined by dots, such as order.id",
      "'order. = 1'|'order.' is not a field name: use Java identifiers joined by dots, such as order.id",
      "'total ='|there is no expression after '='",
      "'total = 0x10'|'0x10' is not a decimal number: write integers such as 42 or -7L and floats such as 2.5 or 1e3",
      "'total = 007'|'007' is not a decimal number: write integers such as 42 or -7L and floats such as 2.5 or 1e3",
      "'total = 99999999999999999999'|'99999999999999999999' does not fit in a long",
      "'total = order.total(2)'|'total(2)' in 'order.total(2)' is not a call without arguments",
      "'total = order..total'|'' in 'order..total' is not a method call name() or a field name",
      "'total = @order'|'@order' is neither a parameter path nor a literal",
      "'note = \"open'|the string literal \"open is not closed",
      "'note = \"a\" + b'|unexpected text after the string literal in \"a\" + b",
      "'note = \"\\q\"'|invalid escape \\q in \"\\q\"",
      "'note = \"\\u00\"'|incomplete \\u escape in \"\\u00\"",
      "'note = \"\\uzzzz\"'|invalid \\u escape in \"\\uzzzz\"",
  })
  void malformedEntriesSayWhatIsWrong(String entry, String problem) {
    assertEquals(problem, assertThrows(MalformedEntry.class, () -> FieldEntryParser.parse(entry))
        .getMessage());
  }
}
