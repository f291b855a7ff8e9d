package dev.tracing4j.console;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Reads {@code tracing4j.console.bind}: an IP address literal or {@code localhost}. Host names are
 * refused so that where the console listens never depends on a name lookup.
 */
final class BindAddress {
  static final String ACCEPTED = "expected an IP address such as 127.0.0.1 (the default), ::1,"
      + " or 0.0.0.0 for every interface, or localhost";
  private static final Pattern IPV4 =
      Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private BindAddress() {}

  /** The address {@code text} names, or {@code null} when it is not one this accepts. */
  static InetAddress parse(String text) {
    String value = text.trim();
    if (value.equalsIgnoreCase("localhost")) {
      return InetAddress.getLoopbackAddress();
    }
    if (value.startsWith("[") && value.endsWith("]")) {
      value = value.substring(1, value.length() - 1);
    }
    if (!IPV4.matcher(value).matches() && !IPV6.matcher(value).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(value); // a literal: no lookup happens
    } catch (UnknownHostException notAnAddress) {
      return null;
    }
  }
}
