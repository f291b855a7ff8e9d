package dev.tracing4j.console;

import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Reports a failure of the console itself once on stderr; the program goes on. */
final class ConsoleMessages {
  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
  private static final PrintStream OUT = System.err;

  private ConsoleMessages() {}

  static void reportOnce(String where, Throwable failure) {
    if (REPORTED.add(where + '\u0000' + failure.getClass().getName())) {
      OUT.println("tracing4j console: " + where + " failed (" + failure
          + "); the program goes on and further failures of this kind are not reported");
    }
  }

  /** {@code text} with control characters escaped, so that one message stays one line. */
  static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
