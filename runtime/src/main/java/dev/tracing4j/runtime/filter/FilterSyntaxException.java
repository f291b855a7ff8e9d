package dev.tracing4j.runtime.filter;

/**
 * A filter string that is not valid directive syntax. The message shows the string, the position
 * and what would be accepted there:
 *
 * <pre>
 * invalid filter directive "com.shop=loud" at position 9: unknown level 'loud'; expected off, error, warn, info, debug or trace
 *   com.shop=loud,info
 *            ^
 * </pre>
 */
public final class FilterSyntaxException extends IllegalArgumentException {
  private final String filter;
  private final int position;

  FilterSyntaxException(String filter, String directive, int position, String problem) {
    super("invalid filter directive \"" + directive + "\" at position " + position + ": " + problem
        + System.lineSeparator() + "  " + filter + System.lineSeparator() + "  "
        + " ".repeat(position) + "^");
    this.filter = filter;
    this.position = position;
  }

  /** The whole filter string. */
  public String filter() {
    return filter;
  }

  /** The zero-based offset in {@link #filter()} where the problem is. */
  public int position() {
    return position;
  }
}
