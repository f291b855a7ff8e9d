package dev.tracing4j.runtime.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a comma-separated list of directives, {@code target[span{field=value}]=level} with every
 * part optional. A directive that is only a level name applies everywhere; a directive without a
 * level, or with nothing after {@code =}, records everything ({@code trace}) it matches.
 *
 * <p>As in Rust's {@code EnvFilter}, a span name is everything between {@code [} and the {@code ]}
 * or {@code {}} that ends it, spaces and punctuation included ({@code [GET /orders]}). Unlike Rust,
 * a comma inside the brackets or inside a quoted field value does not end the directive, and
 * anything malformed is an error rather than a directive skipped.
 *
 * <p>Errors name the directive and the zero-based position in the whole string, so that a value
 * read from an environment variable can be fixed without guessing.
 */
final class DirectiveParser {

  /** Characters a target may start with besides letters and digits. */
  private static final String TARGET_START = "_$-:";

  private final String filter;
  private int pos;
  private int directiveStart;
  private int directiveEnd;

  private DirectiveParser(String filter) {
    this.filter = filter;
  }

  static List<Directive> parse(String filter) {
    return new DirectiveParser(filter).directives();
  }

  private List<Directive> directives() {
    List<Directive> directives = new ArrayList<>();
    int start = 0;
    while (start <= filter.length()) {
      int end = DirectiveBounds.end(filter, start);
      directiveStart = start;
      directiveEnd = end;
      pos = start;
      skipSpaces();
      if (pos < end) {
        directives.add(directive());
      }
      start = end + 1;
    }
    return directives;
  }

  private Directive directive() {
    char first = peek();
    if (first == '=') {
      throw error(pos, "missing target before '='; write only the level to apply it everywhere");
    }
    String target = null;
    if (first != '[') {
      if (!Character.isLetterOrDigit(first) && TARGET_START.indexOf(first) < 0) {
        throw error(pos, "unexpected '" + first + "'; a directive starts with a level, a target"
            + " (a letter, a digit, '_', '$', '-' or ':') or '['");
      }
      target = name("target", "[=");
    }
    String spanName = null;
    List<FieldMatch> fields = List.of();
    boolean bracketed = false;
    if (peek() == '[') {
      bracketed = true;
      int open = pos++;
      spanName = spanName();
      if (peek() == '{') {
        pos++;
        fields = fields();
      }
      expect(']', "to close the span part");
      if (spanName == null && fields.isEmpty()) {
        throw error(open, "empty span part '[]'; write a span name, {fields} or both inside");
      }
    }
    skipSpaces();
    if (peek() == '=') {
      pos++;
      skipSpaces();
      int levelStart = pos;
      String text = rest().trim();
      LevelFilter level = text.isEmpty() ? LevelFilter.TRACE : LevelFilter.parse(text);
      if (level == null) {
        throw error(levelStart, "unknown level '" + text + "'; expected " + LevelFilter.ACCEPTED);
      }
      return new Directive(target, spanName, fields, level);
    }
    if (pos < directiveEnd) {
      throw error(pos, "unexpected '" + filter.charAt(pos) + "'; expected '=' and a level");
    }
    if (!bracketed && LevelFilter.parse(target) != null) {
      return new Directive(null, null, List.of(), LevelFilter.parse(target));
    }
    return new Directive(target, spanName, fields, LevelFilter.TRACE);
  }

  /** The span name, verbatim up to {@code ]} or {@code {}; null when empty. */
  private String spanName() {
    int start = pos;
    while (pos < directiveEnd && filter.charAt(pos) != ']' && filter.charAt(pos) != '{') {
      pos++;
    }
    return start == pos ? null : filter.substring(start, pos);
  }

  private List<FieldMatch> fields() {
    List<FieldMatch> fields = new ArrayList<>();
    while (true) {
      skipSpaces();
      int nameStart = pos;
      String name = name("field name", "=,}");
      if (name == null) {
        throw error(nameStart, "missing field name; expected {name} or {name=value}");
      }
      skipSpaces();
      if (peek() == '=') {
        pos++;
        skipSpaces();
        boolean quoted = peek() == '"';
        String value = quoted ? quoted() : name("field value", ",}");
        if (value == null) {
          throw error(pos, "missing value after '" + name + "='");
        }
        fields.add(new FieldMatch(name, value, quoted));
      } else {
        fields.add(FieldMatch.present(name));
      }
      skipSpaces();
      if (peek() == ',') {
        pos++;
      } else {
        expect('}', "to close the field list");
        return fields;
      }
    }
  }

  /** Reads up to one of {@code stops}; returns null when empty. Spaces inside are not allowed. */
  private String name(String what, String stops) {
    int start = pos;
    while (pos < directiveEnd && stops.indexOf(filter.charAt(pos)) < 0) {
      char c = filter.charAt(pos);
      if (Character.isWhitespace(c) || "[]{}\"".indexOf(c) >= 0) {
        int spaceEnd = pos;
        skipSpaces();
        if (Character.isWhitespace(c) && (pos == directiveEnd || stops.indexOf(peek()) >= 0)) {
          return start == spaceEnd ? null : filter.substring(start, spaceEnd);
        }
        throw error(spaceEnd, "unexpected '" + describe(c) + "' in " + what);
      }
      pos++;
    }
    return start == pos ? null : filter.substring(start, pos);
  }

  private String quoted() {
    int start = pos++;
    StringBuilder value = new StringBuilder();
    while (pos < directiveEnd) {
      char c = filter.charAt(pos++);
      if (c == '"') {
        return value.toString();
      }
      if (c == '\\' && pos < directiveEnd) {
        c = filter.charAt(pos++);
      }
      value.append(c);
    }
    throw error(start, "unterminated string; expected a closing '\"'");
  }

  private void expect(char expected, String purpose) {
    skipSpaces();
    if (peek() != expected) {
      String found = pos < directiveEnd ? "'" + describe(filter.charAt(pos)) + "'" : "the end";
      throw error(pos, "expected '" + expected + "' " + purpose + ", found " + found);
    }
    pos++;
  }

  private String rest() {
    String text = filter.substring(pos, directiveEnd);
    pos = directiveEnd;
    return text;
  }

  private char peek() {
    return pos < directiveEnd ? filter.charAt(pos) : '\0';
  }

  private void skipSpaces() {
    while (pos < directiveEnd && Character.isWhitespace(filter.charAt(pos))) {
      pos++;
    }
  }

  private static String describe(char c) {
    return Character.isWhitespace(c) ? " " : String.valueOf(c);
  }

  private FilterSyntaxException error(int position, String problem) {
    String directive = filter.substring(directiveStart, directiveEnd).trim();
    return new FilterSyntaxException(filter, directive, position, problem);
  }
}
