package dev.tracing4j.runtime.filter;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.registry.ExtensionKey;
import dev.tracing4j.runtime.registry.Filter;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Interest;
import dev.tracing4j.runtime.spi.Metadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A filter written as directives in the syntax of Rust's {@code EnvFilter}: a comma-separated list
 * of {@code target[span{field=value}]=level}, every part optional.
 *
 * <ul>
 *   <li>{@code warn}: WARN and ERROR everywhere.
 *   <li>{@code com.shop=debug}: DEBUG and up for target {@code com.shop} and every target under it
 *       at a dot ({@code com.shop.db.Repo}, not {@code com.shopping}).
 *   <li>{@code com.shop.db=trace,info}: the most specific directive wins, so TRACE under {@code
 *       com.shop.db} and INFO elsewhere.
 *   <li>{@code com.shop} or {@code com.shop=}: everything (TRACE) under {@code com.shop}.
 *   <li>{@code info,[place]=debug}: INFO everywhere, and DEBUG for a span named {@code place} and
 *       for everything that happens while the thread is inside it.
 *   <li>{@code [place{order.id=42}]=trace}: the same for {@code place} spans whose field {@code
 *       order.id} is 42, down to TRACE; {@code [{user}]=debug}: for spans that have a field
 *       {@code user}, and for events whose callsite declares it.
 *   <li>{@code off}: nothing.
 * </ul>
 *
 * <p><b>Span directives</b> (with a span name or fields) enable, down to their level, a span they
 * match and everything inside it: what happens on a thread while the span is entered there
 * (whatever the spans that are entered inside it), and in spans created under it (their parent
 * chain reaches it), on any thread. A span directive's target selects the spans it matches, not
 * the events inside them. Span directives only add: inside a matching span, whatever the other
 * directives enable stays enabled.
 *
 * <p><b>Cost.</b> Static directives (target and level, or field names without values) are
 * decided once per callsite and cached there, so a callsite they disable costs one read. Span
 * directives make their spans' callsites always create the span, so that the filter sees its
 * fields; a span that does not match is then not recorded. Callsites that only a span scope could
 * enable are asked at each call: a thread-local read and a walk up the current span's parents,
 * with no allocation.
 *
 * <pre>{@code
 * EnvFilter filter = EnvFilter.parse("info,com.shop.db=trace,[place{order.id=42}]=trace");
 * Registry registry = Registry.builder().with(FmtLayer.builder().build(), filter).build();
 * String.join(",", filter.directives()); // "com.shop.db=trace,info,[place{order.id=42}]=trace"
 * }</pre>
 */
public final class EnvFilter implements Filter {

  /** Targets are few (one per class), but a bound keeps odd programs from growing it forever. */
  private static final int MAX_CACHED_TARGETS = 10_000;

  private final String text;
  /** Static directives, most specific first. */
  private final Directive[] statics;
  /** Whether some static directive names fields; only event callsites that declare fields care. */
  private final boolean staticsNameFields;
  /** Span directives, most specific first. */
  private final Directive[] spanDirectives;
  private final LevelFilter mostVerboseSpanDirective;
  private final List<String> canonical;
  private final ConcurrentMap<String, LevelFilter> staticLevelByTarget = new ConcurrentHashMap<>();
  /** What the span directives say about a span, on spans that one of them could match. */
  private final ExtensionKey<SpanMatch> matchKey = new ExtensionKey<>("EnvFilter match");
  /** Per thread, the entered spans that carry a {@link SpanMatch}; null until a thread enters one. */
  private final ThreadLocal<ScopeStack> scopes = new ThreadLocal<>();

  private EnvFilter(String text, List<Directive> parsed) {
    this.text = text;
    // A later directive replaces an earlier one that selects the same things, as in Rust.
    Map<String, Directive> bySelector = new LinkedHashMap<>();
    for (Directive directive : parsed) {
      bySelector.put(directive.selector(), directive);
    }
    List<Directive> sorted = new ArrayList<>(bySelector.values());
    sorted.sort(Directive.MOST_SPECIFIC_FIRST);
    List<Directive> statics = new ArrayList<>();
    List<Directive> spanDirectives = new ArrayList<>();
    List<String> canonical = new ArrayList<>();
    boolean staticsNameFields = false;
    LevelFilter verbose = LevelFilter.OFF;
    for (Directive directive : sorted) {
      if (directive.isStatic()) {
        statics.add(directive);
        canonical.add(directive.toString());
        staticsNameFields |= !directive.fields().isEmpty();
      }
      if (directive.isSpanDirective()) {
        spanDirectives.add(directive);
        if (directive.level().ordinal() < verbose.ordinal()) {
          verbose = directive.level();
        }
      }
    }
    for (Directive directive : spanDirectives) {
      if (!directive.isStatic()) {
        canonical.add(directive.toString());
      }
    }
    this.statics = statics.toArray(Directive[]::new);
    this.staticsNameFields = staticsNameFields;
    this.spanDirectives = spanDirectives.toArray(Directive[]::new);
    this.mostVerboseSpanDirective = verbose;
    this.canonical = List.copyOf(canonical);
  }

  /**
   * Parses directives.
   *
   * @throws FilterSyntaxException when a directive is malformed; the message shows where
   */
  public static EnvFilter parse(String directives) {
    Objects.requireNonNull(directives, "directives");
    return new EnvFilter(directives.trim(), DirectiveParser.parse(directives));
  }

  @Override
  public Interest interest(Metadata metadata) {
    if (staticLevel(metadata).enables(metadata.level())) {
      return Interest.ALWAYS;
    }
    if (couldMatch(metadata)) {
      return Interest.ALWAYS; // the span must exist for the filter to see its fields
    }
    // Inside a matching span anything down to the span directives' level may be enabled.
    return mostVerboseSpanDirective.enables(metadata.level()) ? Interest.SOMETIMES : Interest.NEVER;
  }

  @Override
  public boolean enabled(Metadata metadata, SpanData current) {
    Level level = metadata.level();
    if (staticLevel(metadata).enables(level) || couldMatch(metadata)) {
      return true; // a span that could match is created, whatever its level, to see its fields
    }
    return mostVerboseSpanDirective.enables(level) && insideMatch(level, current);
  }

  @Override
  public void onNewSpan(SpanData span) {
    if (couldMatch(span.metadata())) {
      SpanMatch match = new SpanMatch();
      match.update(spanDirectives, span);
      span.putExtension(matchKey, match);
    }
  }

  /**
   * A span that a span directive could match was created so that its fields could be seen; it is
   * recorded when it matches, or when it is enabled on its own.
   */
  @Override
  public boolean recordsNewSpan(SpanData span) {
    SpanMatch match = span.extension(matchKey);
    if (match == null) {
      return true; // enabled() decided without needing the fields
    }
    Level level = span.level();
    return staticLevel(span.metadata()).enables(level) || match.enables(level)
        || insideMatch(level, span.parent());
  }

  @Override
  public void onRecord(SpanData span, FieldValues values) {
    SpanMatch match = span.extension(matchKey);
    if (match != null) {
      match.update(spanDirectives, span);
    }
  }

  @Override
  public void onEnter(SpanData span) {
    SpanMatch match = span.extension(matchKey);
    if (match == null) {
      return;
    }
    ScopeStack scope = scopes.get();
    if (scope == null) {
      scope = new ScopeStack();
      scopes.set(scope);
    }
    // Pushed even before it matches: a field recorded while inside can still make it match.
    scope.push(match);
  }

  @Override
  public void onExit(SpanData span) {
    SpanMatch match = span.extension(matchKey);
    ScopeStack scope = match == null ? null : scopes.get();
    if (scope != null) {
      scope.remove(match);
    }
  }

  /**
   * Whether a span that a span directive matched enables {@code level} here: one the thread is
   * inside, or {@code parent} or one of its ancestors. Allocates nothing.
   */
  private boolean insideMatch(Level level, SpanData parent) {
    ScopeStack scope = scopes.get();
    if (scope != null && scope.enables(level)) {
      return true;
    }
    for (SpanData span = parent; span != null; span = span.parent()) {
      SpanMatch match = span.extension(matchKey);
      if (match != null && match.enables(level)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some span directive could match spans of {@code callsite}. */
  private boolean couldMatch(Metadata callsite) {
    if (!callsite.isSpan()) {
      return false;
    }
    for (Directive directive : spanDirectives) {
      if (directive.couldMatchSpansOf(callsite)) {
        return true;
      }
    }
    return false;
  }

  /** The level the most specific static directive that applies to {@code callsite} records. */
  private LevelFilter staticLevel(Metadata callsite) {
    if (!staticsNameFields || !callsite.isEvent() || callsite.fieldNames().isEmpty()) {
      return staticLevel(callsite.target());
    }
    for (Directive directive : statics) {
      if (directive.appliesStatically(callsite)) {
        return directive.level();
      }
    }
    return LevelFilter.OFF;
  }

  /** The same for a callsite that declares no field, cached by target. */
  private LevelFilter staticLevel(String target) {
    LevelFilter cached = staticLevelByTarget.get(target);
    if (cached != null) {
      return cached;
    }
    LevelFilter level = LevelFilter.OFF;
    for (Directive directive : statics) {
      if (directive.fields().isEmpty() && directive.matchesTarget(target)) {
        level = directive.level();
        break;
      }
    }
    if (staticLevelByTarget.size() < MAX_CACHED_TARGETS) {
      staticLevelByTarget.put(target, level);
    }
    return level;
  }

  /**
   * The directives in their canonical form: static directives, then span directives, each most
   * specific first, with a later duplicate replacing an earlier one. Joined with commas they parse
   * back to a filter that decides the same and lists the same directives.
   *
   * <pre>{@code
   * EnvFilter.parse("info,com.shop.db=trace,[req{path=\"/a,b\"}]").directives();
   * // ["com.shop.db=trace", "info", "[req{path=\"/a,b\"}]=trace"]
   * }</pre>
   */
  public List<String> directives() {
    return canonical;
  }

  /** The filter string this filter was parsed from. */
  @Override
  public String toString() {
    return text;
  }
}
