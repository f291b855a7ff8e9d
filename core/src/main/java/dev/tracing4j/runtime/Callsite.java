package dev.tracing4j.runtime;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.spi.Interest;
import dev.tracing4j.runtime.spi.Kind;
import dev.tracing4j.runtime.spi.Metadata;
import dev.tracing4j.runtime.spi.Subscriber;
import java.util.List;

/**
 * A place in the code that records spans or events, with its {@link Metadata} and the cached
 * {@link Interest} of the installed subscribers.
 *
 * <p>The first use registers the callsite: every installed subscriber is asked once and the
 * combined answer is cached. Afterwards {@link #isEnabled()} on a callsite nobody wants is one
 * field read: no allocation, no lock, no clock. The cache is rebuilt when a subscriber is installed
 * or removed, and by {@link #rebuildInterestCache()}.
 *
 * <p>Generated code keeps one callsite per instrumented method in a {@code static final} field;
 * {@link Tracer} keeps its own. Hand-written code rarely needs one:
 *
 * <pre>{@code
 * private static final Callsite LOAD = Callsite.span("load", "com.shop.Repo", Level.DEBUG,
 *     "Repo.java", 40, "id");
 *
 * Span span = SpanBuilder.of(LOAD).field("id", id).start();
 * }</pre>
 */
public final class Callsite {

  static final int UNREGISTERED = 0;
  static final int NEVER = 1;
  static final int SOMETIMES = 2;
  static final int ALWAYS = 3;

  private final Metadata metadata;
  /** The declared field names, for span builders to check without going through a list. */
  final String[] declaredFields;
  /** One of the constants above; written only by {@link CallsiteRegistry}. */
  volatile int interest = UNREGISTERED;

  private Callsite(Metadata metadata) {
    this.metadata = metadata;
    this.declaredFields = metadata.fieldNames().toArray(String[]::new);
  }

  /** A callsite for {@code metadata}; it registers itself on first use. */
  public static Callsite of(Metadata metadata) {
    return new Callsite(metadata);
  }

  /** A span callsite declaring {@code fieldNames}; {@code file} may be null and {@code line} 0. */
  public static Callsite span(String name, String target, Level level, String file, int line,
      String... fieldNames) {
    return of(new Metadata(name, target, level, Kind.SPAN, List.of(fieldNames), file, line));
  }

  /** An event callsite; {@code file} may be null and {@code line} 0. */
  public static Callsite event(String name, String target, Level level, String file, int line) {
    return of(new Metadata(name, target, level, Kind.EVENT, List.of(), file, line));
  }

  /** What this callsite records: name, target, level, kind, field names and source location. */
  public Metadata metadata() {
    return metadata;
  }

  /**
   * Whether the current subscriber wants a span or event from this callsite now. The common
   * answers come from the cache; only a callsite that a subscriber wants "sometimes" asks it.
   */
  public boolean isEnabled() {
    int cached = interest;
    if (cached == NEVER) {
      return false;
    }
    return cached == ALWAYS || askSubscriber(cached);
  }

  private boolean askSubscriber(int cached) {
    if (cached == UNREGISTERED) {
      cached = CallsiteRegistry.register(this);
      if (cached != SOMETIMES) {
        return cached == ALWAYS;
      }
    }
    Subscriber subscriber = Dispatcher.current();
    try {
      return subscriber.enabled(metadata, CurrentSpans.handleFor(subscriber));
    } catch (Throwable failure) {
      FailureReporter.report("subscriber " + subscriber.getClass().getName()
          + " deciding whether " + metadata.name() + " is enabled", failure);
      return false;
    }
  }

  /**
   * Asks every installed subscriber again about every registered callsite. Call it after changing
   * what a subscriber's {@link Subscriber#registerCallsite} would answer, such as its filter.
   */
  public static void rebuildInterestCache() {
    CallsiteRegistry.rebuild();
  }

  static int encode(Interest interest) {
    return switch (interest) {
      case NEVER -> NEVER;
      case SOMETIMES -> SOMETIMES;
      case ALWAYS -> ALWAYS;
    };
  }

  @Override
  public String toString() {
    return "Callsite[" + metadata.kind() + " " + metadata.name() + " " + metadata.target() + " "
        + metadata.level() + "]";
  }
}
