package dev.tracing4j.runtime.format;

/** Values whose text fights back, for tests that check that tracing never breaks the program. */
public final class HostileValues {

  /** What every format prints for a value whose {@code toString()} overflows the stack. */
  public static final String OVERFLOW_PLACEHOLDER = "<toString() threw java.lang.StackOverflowError>";
  /** What every format prints for {@link #BROKEN_TEXT}. */
  public static final String BROKEN_TEXT_PLACEHOLDER =
      "<toString() threw java.lang.IllegalStateException: no text>";

  /** A node of a cycle whose {@code toString()} shows its neighbour: it recurses until the stack overflows. */
  public static final Object RECURSIVE = new Object() {
    @Override
    public String toString() {
      return "node -> " + this;
    }
  };

  /** A {@code CharSequence} whose {@code toString()} throws: strings are recorded eagerly. */
  public static final CharSequence BROKEN_TEXT = new CharSequence() {
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

  private HostileValues() {}

  /** An exception whose {@code toString()} overflows the stack, as {@code err = true} records it. */
  public static RuntimeException recursiveException() {
    return new RuntimeException("declined") {
      @Override
      public String toString() {
        return "declined because " + this;
      }
    };
  }
}
