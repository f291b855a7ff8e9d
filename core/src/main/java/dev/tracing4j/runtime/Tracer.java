package dev.tracing4j.runtime;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.spi.Kind;
import dev.tracing4j.runtime.spi.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Records events and starts spans for one target, the name that filters match. Get one per class,
 * like a logger:
 *
 * <pre>{@code
 * private static final Tracer log = Tracer.of(OrderService.class);
 *
 * log.atInfo().field("order.id", 42L).field("ok", true).log("placed");
 * log.atDebug().log("cheap when disabled");        // one cached check, nothing allocated
 *
 * Span span = log.span(Level.INFO, "batch").field("size", 10).start();
 * }</pre>
 *
 * <p>Tracers are cached by target and safe to share between threads.
 */
public final class Tracer {

  /** Past this many distinct span names, a tracer stops caching callsites for new names. */
  private static final int MAX_CACHED_SPAN_NAMES = 4096;
  private static final ConcurrentMap<String, Tracer> TRACERS = new ConcurrentHashMap<>();
  private static final Level[] LEVELS = Level.values();

  private final String target;
  private final Callsite[] eventSites = new Callsite[LEVELS.length];
  /** Span callsites by name, one map per level, so that a lookup allocates nothing. */
  private final List<ConcurrentMap<String, Callsite>> spanSites = new ArrayList<>();

  private Tracer(String target) {
    this.target = target;
    for (Level level : LEVELS) {
      eventSites[level.ordinal()] = Callsite.of(Metadata.of("event", target, level, Kind.EVENT));
      spanSites.add(new ConcurrentHashMap<>());
    }
  }

  /** The tracer whose target is the binary name of {@code type}, e.g. {@code com.shop.Order$Line}. */
  public static Tracer of(Class<?> type) {
    return of(type.getName());
  }

  /** The tracer for {@code target}. */
  public static Tracer of(String target) {
    Objects.requireNonNull(target, "target");
    return TRACERS.computeIfAbsent(target, Tracer::new);
  }

  /** The target this tracer records under. */
  public String target() {
    return target;
  }

  /** Whether an event at {@code level} would be recorded now. */
  public boolean isEnabled(Level level) {
    return eventSites[level.ordinal()].isEnabled();
  }

  /** An event at {@code level}. */
  public EventBuilder at(Level level) {
    Callsite site = eventSites[level.ordinal()];
    if (!site.isEnabled()) {
      return DisabledEventBuilder.INSTANCE;
    }
    return new RecordingEventBuilder(Dispatcher.current(), site.metadata());
  }

  /** An event at {@link Level#TRACE}. */
  public EventBuilder atTrace() {
    return at(Level.TRACE);
  }

  /** An event at {@link Level#DEBUG}. */
  public EventBuilder atDebug() {
    return at(Level.DEBUG);
  }

  /** An event at {@link Level#INFO}. */
  public EventBuilder atInfo() {
    return at(Level.INFO);
  }

  /** An event at {@link Level#WARN}. */
  public EventBuilder atWarn() {
    return at(Level.WARN);
  }

  /** An event at {@link Level#ERROR}. */
  public EventBuilder atError() {
    return at(Level.ERROR);
  }

  /**
   * Starts building a span named {@code name}. Use constant names: each distinct name is a
   * callsite whose interest is cached (past 4096 names per tracer, new names are asked about on
   * every call instead).
   */
  public SpanBuilder span(Level level, String name) {
    Objects.requireNonNull(name, "name");
    ConcurrentMap<String, Callsite> sites = spanSites.get(level.ordinal());
    Callsite site = sites.get(name);
    if (site == null) {
      site = spanCallsite(sites, level, name);
      if (site == null) {
        Metadata metadata = Metadata.of(name, target, level, Kind.SPAN);
        return CallsiteRegistry.isEnabledUncached(metadata)
            ? new RecordingSpanBuilder(Dispatcher.current(), metadata)
            : DisabledSpanBuilder.INSTANCE;
      }
    }
    return SpanBuilder.of(site);
  }

  private Callsite spanCallsite(ConcurrentMap<String, Callsite> sites, Level level, String name) {
    if (sites.size() >= MAX_CACHED_SPAN_NAMES) {
      return null;
    }
    return sites.computeIfAbsent(name,
        n -> Callsite.of(Metadata.of(n, target, level, Kind.SPAN)));
  }

  @Override
  public String toString() {
    return "Tracer[" + target + "]";
  }
}
