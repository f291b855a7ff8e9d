package dev.tracing4j.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.runtime.internal.FailureReporter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

  /** Records each visit as "type name=value". */
  private static List<String> visits(FieldValues fields) {
    List<String> visits = new ArrayList<>();
    fields.visit(new FieldVisitor() {
      @Override
      public void visitObject(String name, Object value) {
        visits.add("object " + name + "=" + value);
      }

      @Override
      public void visitLong(String name, long value) {
        visits.add("long " + name + "=" + value);
      }

      @Override
      public void visitDouble(String name, double value) {
        visits.add("double " + name + "=" + value);
      }

      @Override
      public void visitBoolean(String name, boolean value) {
        visits.add("boolean " + name + "=" + value);
      }

      @Override
      public void visitString(String name, String value) {
        visits.add("string " + name + "=" + value);
      }

      @Override
      public void visitNull(String name) {
        visits.add("null " + name);
      }
    });
    return visits;
  }

  @Test
  void valuesKeepTheirTypesAndBoxedOnesAreUnboxed() {
    FieldValues fields = new FieldValues(1)
        .add("l", 5L).add("d", 2.5).add("b", true).add("s", "text").add("n", (String) null)
        .add("i", (Object) 7).add("f", (Object) 1.5f).add("bb", (Object) Boolean.FALSE)
        .add("cs", (Object) new StringBuilder("built")).add("o", List.of(1))
        .add("on", (Object) null).addEmpty("later");
    assertEquals(List.of("long l=5", "double d=2.5", "boolean b=true", "string s=text", "null n",
        "long i=7", "double f=1.5", "boolean bb=false", "string cs=built", "object o=[1]",
        "null on"), visits(fields));
    assertEquals(12, fields.size());
    assertFalse(fields.hasValue(11));
    assertNull(fields.value(4));
    assertEquals(7L, fields.value(5));
  }

  /** A {@code CharSequence} whose {@code toString()} throws: strings are recorded eagerly. */
  private static final CharSequence BROKEN_TEXT = new CharSequence() {
    @Override
    public int length() {
      return 0;
    }

    @Override
    public char charAt(int index) {
      throw new IndexOutOfBoundsException(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return this;
    }

    @Override
    public String toString() {
      throw new IllegalStateException("no text");
    }
  };

  @Test
  void aCharSequenceWhoseToStringThrowsIsRecordedAsAPlaceholderString() {
    PrintStream previous = FailureReporter.redirect(new PrintStream(new ByteArrayOutputStream()));
    try {
      FieldValues fields = new FieldValues().add("text", (Object) BROKEN_TEXT);
      assertEquals(List.of("string text=<toString() threw java.lang.IllegalStateException: no text>"),
          visits(fields));
    } finally {
      FailureReporter.redirect(previous);
    }
  }

  @Test
  void theMessageComesBeforeTheFields() {
    FieldValues fields = new FieldValues().add("a", 1L).add("b", "x");
    fields.addMessage("hello");
    assertEquals(List.of("string message=hello", "long a=1", "string b=x"), visits(fields));
    assertEquals("hello", fields.message());
  }

  @Test
  void aFieldNamedMessageIsNotTheMessage() {
    FieldValues fields = new FieldValues().add("message", "forged").addMessage("real");
    assertEquals(List.of("message real", "field message=forged"), visitsOf(fields));
    assertEquals("real", fields.message());
    FieldValues noMessage = new FieldValues().add("message", "forged");
    assertEquals(List.of("field message=forged"), visitsOf(noMessage));
    assertFalse(noMessage.hasMessage());
  }

  /** Records each visit as "field name=value" or "message text". */
  private static List<String> visitsOf(FieldValues fields) {
    List<String> visits = new ArrayList<>();
    fields.visit(new FieldVisitor() {
      @Override
      public void visitObject(String name, Object value) {
        visits.add("field " + name + "=" + value);
      }

      @Override
      public void visitMessage(String message) {
        visits.add("message " + message);
      }
    });
    return visits;
  }

  @Test
  void aRepeatedNameKeepsTheLastValueInTheFirstPlace() {
    FieldValues fields = new FieldValues().add("a", 1L).add("b", "x").add("a", "again")
        .add("b", (Object) null).add("a", 2.5);
    assertEquals(List.of("double a=2.5", "null b"), visits(fields));
    assertEquals(2, fields.size());
  }

  @Test
  void declaringANameAlreadyRecordedKeepsItsValue() {
    FieldValues fields = new FieldValues().add("rows", 3L).addEmpty("rows").addEmpty("later")
        .addEmpty("later");
    assertEquals(List.of("long rows=3"), visits(fields));
    assertEquals(2, fields.size());
  }

  @Test
  void mergeFillsDeclaredFieldsInPlaceAndAppendsNewOnes() {
    FieldValues span = new FieldValues().add("id", 1L).addEmpty("rows");
    span.merge(new FieldValues().add("rows", 17L).add("extra", true));
    assertEquals(List.of("long id=1", "long rows=17", "boolean extra=true"), visits(span));
  }

  @Test
  void clearEmptiesTheListForReuse() {
    FieldValues fields = new FieldValues().add("a", "x").add("b", 2L);
    fields.clear();
    assertEquals(0, fields.size());
    fields.add("c", 3L);
    assertEquals(List.of("long c=3"), visits(fields));
  }

  @Test
  void aReusedListBehavesLikeANewOneThroughEveryOperation() {
    FieldValues fields = new FieldValues(1);
    for (int round = 0; round < 3; round++) {
      fields.clear();
      fields.add("a", 1L).add("b", "x").add("c", 2.5).add("d", true).add("e", (Object) null);
      fields.addMessage("m" + round);
      fields.merge(new FieldValues().add("b", "y").add("f", 7L));
      assertEquals(List.of("string message=m" + round, "long a=1", "string b=y", "double c=2.5",
          "boolean d=true", "null e", "long f=7"), visits(fields));
      assertEquals(7, fields.size());
      assertEquals(FieldValues.MESSAGE, fields.name(0));
      assertEquals(2.5, fields.value(3));
      assertEquals(3, fields.indexOf("c"));
      assertTrue(fields.hasNames(new String[] {"message", "a", "b", "c", "d", "e", "f"}));
      assertEquals(visits(fields), visits(fields.copy()));
    }
    fields.clear();
    fields.addMessage("only");
    fields.addMessage("twice");
    assertEquals(List.of("string message=twice"), visits(fields));
    fields.add("message", "a field");
    assertEquals(List.of("string message=twice", "string message=a field"), visits(fields));
  }

  @Test
  void aReusedListTakesOtherNamesAndTypesInThePlacesOfTheOldOnes() {
    FieldValues fields = new FieldValues();
    fields.clear();
    fields.add("a", 1L).add("b", "x").add("c", true);
    fields.clear();
    fields.add("b", "y").add("a", (Object) null).addEmpty("c");
    assertEquals(List.of("string b=y", "null a"), visits(fields));
    assertFalse(fields.hasValue(2));
  }

  @Test
  void clearLetsGoOfRecordedObjectsAndLongStrings() throws InterruptedException {
    FieldValues fields = new FieldValues();
    Object payload = new Object();
    String body = "b".repeat(10_000);
    WeakReference<Object> payloadRef = new WeakReference<>(payload);
    WeakReference<String> bodyRef = new WeakReference<>(body);
    fields.add("payload", payload).add("body", body);
    fields.clear();
    payload = null;
    body = null;
    for (int i = 0; i < 50 && (payloadRef.get() != null || bodyRef.get() != null); i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertTrue(payloadRef.get() == null, "a list reused by a thread must not keep an object alive");
    assertTrue(bodyRef.get() == null, "nor a long string");
  }

  @Test
  void copiesAreIndependent() {
    FieldValues original = new FieldValues().add("a", 1L);
    FieldValues copy = original.copy();
    copy.merge(new FieldValues().add("a", 2L));
    assertEquals(1L, original.value(0));
    assertEquals(2L, copy.value(0));
  }

  @Test
  void hasNamesChecksNamesInOrder() {
    FieldValues fields = new FieldValues().add("a", 1L).add("b", 2L);
    assertTrue(fields.hasNames(new String[] {"a", "b"}));
    assertFalse(fields.hasNames(new String[] {"b", "a"}));
    assertFalse(fields.hasNames(new String[] {"a"}));
  }
}
