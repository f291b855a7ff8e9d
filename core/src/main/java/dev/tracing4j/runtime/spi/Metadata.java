package dev.tracing4j.runtime.spi;

import dev.tracing4j.Level;
import java.util.List;
import java.util.Objects;

/**
 * What is known about a callsite before it records anything: the name, target and level that
 * filters match, whether it records spans or events, the fields it declares and where it is in the
 * source.
 *
 * <pre>{@code
 * Metadata place = new Metadata("place", "com.shop.OrderService", Level.INFO, Kind.SPAN,
 *     List.of("order.id"), "OrderService.java", 42);
 * }</pre>
 *
 * @param name the span name, or a short description for events
 * @param target the unit filters match, usually a class's binary name
 * @param level how verbose the callsite is
 * @param kind spans or events
 * @param fieldNames the fields the callsite declares; events built at run time add their own
 * @param file the source file, or {@code null} when unknown
 * @param line the source line, or {@code 0} when unknown
 */
public record Metadata(
    String name,
    String target,
    Level level,
    Kind kind,
    List<String> fieldNames,
    String file,
    int line) {

  public Metadata {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(kind, "kind");
    fieldNames = List.copyOf(fieldNames);
  }

  /** Metadata for a span or event callsite created at run time, with no declared field or source. */
  public static Metadata of(String name, String target, Level level, Kind kind) {
    return new Metadata(name, target, level, kind, List.of(), null, 0);
  }

  /** Whether this callsite records spans. */
  public boolean isSpan() {
    return kind == Kind.SPAN;
  }

  /** Whether this callsite records events. */
  public boolean isEvent() {
    return kind == Kind.EVENT;
  }
}
