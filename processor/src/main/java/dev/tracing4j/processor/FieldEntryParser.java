package dev.tracing4j.processor;

import dev.tracing4j.processor.FieldEntry.Expression;
import dev.tracing4j.processor.FieldEntry.Literal;
import dev.tracing4j.processor.FieldEntry.Path;
import dev.tracing4j.processor.FieldEntry.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses a {@code fields} entry: {@code name = expression} or {@code name}. A name is Java
 * identifiers joined by dots; an expression is a parameter followed by {@code .method()} or {@code
 * .field} steps, or a literal (string, number, {@code true}, {@code false}).
 */
final class FieldEntryParser {

  /** Why an entry is malformed, worded to follow "is malformed: ". */
  static final class MalformedEntry extends Exception {
    MalformedEntry(String problem) {
      super(problem, null, false, false);
    }
  }

  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9_]*)[lL]?");
  /** A decimal float: a fraction, an exponent or a float suffix makes it one. */
  private static final Pattern FLOAT = Pattern.compile(
      "-?[0-9][0-9_]*(\\.[0-9][0-9_]*([eE][+-]?[0-9]+)?[fFdD]?|[eE][+-]?[0-9]+[fFdD]?|[fFdD])");

  private FieldEntryParser() {}

  static FieldEntry parse(String entry) throws MalformedEntry {
    int equals = entry.indexOf('=');
    String name = (equals < 0 ? entry : entry.substring(0, equals)).trim();
    checkName(name);
    if (equals < 0) {
      return new FieldEntry(name, null);
    }
    String expression = entry.substring(equals + 1).trim();
    if (expression.isEmpty()) {
      throw new MalformedEntry("there is no expression after '='");
    }
    return new FieldEntry(name, expression(expression));
  }

  private static void checkName(String name) throws MalformedEntry {
    if (name.isEmpty()) {
      throw new MalformedEntry("the field name is missing");
    }
    for (String segment : name.split("\\.", -1)) {
      if (!isIdentifier(segment)) {
        throw new MalformedEntry("'" + name + "' is not a field name: use Java identifiers"
            + " joined by dots, such as order.id");
      }
    }
  }

  private static Expression expression(String text) throws MalformedEntry {
    if (text.startsWith("\"")) {
      return new Literal(ValueKind.STRING, stringLiteral(text));
    }
    if (text.equals("true") || text.equals("false")) {
      return new Literal(ValueKind.BOOLEAN, Boolean.valueOf(text));
    }
    char first = text.charAt(0);
    if (first == '-' || Character.isDigit(first)) {
      return number(text);
    }
    return path(text);
  }

  private static Literal number(String text) throws MalformedEntry {
    String digits = text.replace("_", "");
    try {
      if (INTEGER.matcher(text).matches()) {
        return new Literal(ValueKind.INTEGER,
            Long.parseLong(digits.replaceAll("[lL]$", "")));
      }
      if (FLOAT.matcher(text).matches()) {
        return new Literal(ValueKind.FLOAT, Double.parseDouble(digits.replaceAll("[fFdD]$", "")));
      }
    } catch (NumberFormatException e) {
      throw new MalformedEntry("'" + text + "' does not fit in a long");
    }
    throw new MalformedEntry("'" + text + "' is not a decimal number: write integers such as 42"
        + " or -7L and floats such as 2.5 or 1e3");
  }

  private static Path path(String text) throws MalformedEntry {
    String[] parts = text.split("\\.", -1);
    String root = parts[0].trim();
    if (!isIdentifier(root)) {
      throw new MalformedEntry("'" + text + "' is neither a parameter path nor a literal");
    }
    List<Step> steps = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].trim();
      boolean call = part.endsWith(")");
      String name = part;
      if (call) {
        int open = part.indexOf('(');
        if (open < 0 || !part.substring(open + 1, part.length() - 1).isBlank()) {
          throw new MalformedEntry("'" + part + "' in '" + text + "' is not a call without"
              + " arguments");
        }
        name = part.substring(0, open).trim();
      }
      if (!isIdentifier(name)) {
        throw new MalformedEntry("'" + part + "' in '" + text + "' is not a method call name()"
            + " or a field name");
      }
      steps.add(new Step(name, call));
    }
    return new Path(root, steps);
  }

  private static String stringLiteral(String text) throws MalformedEntry {
    StringBuilder value = new StringBuilder();
    int i = 1;
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (c == '"') {
        if (i != text.length()) {
          throw new MalformedEntry("unexpected text after the string literal in " + text);
        }
        return value.toString();
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      if (i == text.length()) {
        break;
      }
      char escape = text.charAt(i++);
      switch (escape) {
        case 'n' -> value.append('\n');
        case 't' -> value.append('\t');
        case 'r' -> value.append('\r');
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 's' -> value.append(' ');
        case '0' -> value.append('\0');
        case '"', '\'', '\\' -> value.append(escape);
        case 'u' -> {
          if (i + 4 > text.length()) {
            throw new MalformedEntry("incomplete \\u escape in " + text);
          }
          try {
            value.append((char) Integer.parseInt(text.substring(i, i + 4), 16));
          } catch (NumberFormatException e) {
            throw new MalformedEntry("invalid \\u escape in " + text);
          }
          i += 4;
        }
        default -> throw new MalformedEntry("invalid escape \\" + escape + " in " + text);
      }
    }
    throw new MalformedEntry("the string literal " + text + " is not closed");
  }

  static boolean isIdentifier(String text) {
    if (text.isEmpty() || !Character.isJavaIdentifierStart(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      if (!Character.isJavaIdentifierPart(text.charAt(i))) {
        return false;
      }
    }
    return !javax.lang.model.SourceVersion.isKeyword(text);
  }
}
