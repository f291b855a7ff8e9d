package dev.tracing4j.runtime.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a comma-separated list of directives, {@code target[span{field=value}]=level} with every
 * part optional. A directive that is only a level name applies everywhere; a directive without
 * {@code =level} records everything ({@code trace}) it matches.
 *
 * <p>Errors name the directive and the zero-based position in the whole string, so that a value
 * read from an environment variable can be fixed without guessing.
 */
final class DirectiveParser {

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
      int end = endOfDirective(start);
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

  /** The index of the comma ending the directive that starts at {@code start}, or the length. */
  private int endOfDirective(int start) {
    int depth = 0;
    boolean quoted = false;
    for (int i = start; i < filter.length(); i++) {
      char c = filter.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '[' || c == '{') {
        depth++;
      } else if ((c == ']' || c == '}') && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return filter.length();
  }

  private Directive directive() {
    int targetStart = pos;
    String target = name("target", "[=");
    String spanName = null;
    List<FieldMatch> fields = List.of();
    boolean bracketed = false;
    if (peek() == '[') {
      bracketed = true;
      pos++;
      spanName = name("span name", "{]=");
      if (peek() == '{') {
        pos++;
        fields = fields();
      }
      expect(']', "to close the span part");
    }
    skipSpaces();
    LevelFilter level;
    if (peek() == '=') {
      if (target == null && !bracketed) {
        throw error(targetStart, "missing target before '='; write only the level to apply it"
            + " everywhere");
      }
      pos++;
      skipSpaces();
      int levelStart = pos;
      String text = rest().trim();
      if (text.isEmpty()) {
        throw error(levelStart, "missing level after '='; expected " + LevelFilter.ACCEPTED);
      }
      level = LevelFilter.parse(text);
      if (level == null) {
        throw error(levelStart, "unknown level '" + text + "'; expected " + LevelFilter.ACCEPTED);
      }
    } else if (pos < directiveEnd) {
      throw error(pos, "unexpected '" + filter.charAt(pos) + "'; expected '=' and a level");
    } else if (!bracketed && LevelFilter.parse(target) != null) {
      return new Directive(null, null, List.of(), LevelFilter.parse(target));
    } else {
      level = LevelFilter.TRACE;
    }
    return new Directive(target, spanName, fields, level);
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
      String value = null;
      skipSpaces();
      if (peek() == '=') {
        pos++;
        skipSpaces();
        value = peek() == '"' ? quoted() : name("field value", ",}");
        if (value == null) {
          throw error(pos, "missing value after '" + name + "='");
        }
      }
      fields.add(new FieldMatch(name, value));
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
