package dev.tracing4j.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StructuralNamesTest {

  @Test
  void aStructuralNameIsWrittenBehindThePrefix() {
    assertEquals("field.id", StructuralNames.JSON_SPAN.written("id"));
    assertEquals("field.message", StructuralNames.EVENT.written("message"));
    assertEquals("field.level", StructuralNames.CHROME_EVENT.written("level"));
  }

  @Test
  void aStructuralNameBehindPrefixesGetsOneMore() {
    assertEquals("field.field.id", StructuralNames.JSON_SPAN.written("field.id"));
    assertEquals("field.field.field.name", StructuralNames.JSON_SPAN.written("field.field.name"));
  }

  @Test
  void everyOtherNameIsWrittenAsItIs() {
    for (String name : List.of("order.id", "field.", "field.x", "ids", "Id", "", "field.message",
        "messages")) {
      assertSame(name, StructuralNames.JSON_SPAN.written(name), name);
    }
    assertSame("message", StructuralNames.NONE.written("message"));
  }

  @Test
  void noTwoNamesAreWrittenAlikeNorAsAStructuralName() {
    List<String> names = List.of("id", "name", "field.id", "field.name", "field.field.id",
        "field.field.field.id", "order.id", "field.", "field.field.", "field.x", "x");
    Set<String> written = new HashSet<>();
    for (String name : names) {
      written.add(StructuralNames.JSON_SPAN.written(name));
    }
    assertEquals(names.size(), written.size(), written.toString());
    assertFalse(written.contains("id") || written.contains("name"), written.toString());
  }
}
