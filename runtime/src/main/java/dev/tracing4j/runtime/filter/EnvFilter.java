package dev.tracing4j.runtime.filter;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.registry.ExtensionKey;
import dev.tracing4j.runtime.registry.Filter;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Interest;
import dev.tracing4j.runtime.spi.Metadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
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
 *   <li>{@code [place{order.id=42}]=trace}: everything inside a span named {@code place} whose
 *       field {@code order.id} is 42, down to TRACE.
 *   <li>{@code off}: nothing.
 * </ul>
 *
 * <pre>{@code
 * Filter filter = EnvFilter.parse("info,com.shop.db=trace");
 * }</pre>
 */
public final class EnvFilter implements Filter {

  private final String text;
  private final List<Directive> statics;
  private final List<Directive> dynamics;
  private final LevelFilter mostVerboseDynamic;
  /** Targets are few (one per class), but a bound keeps odd programs from growing it forever. */
  private static final int MAX_CACHED_TARGETS = 10_000;
  private final ConcurrentMap<String, LevelFilter> staticLevelByTarget = new ConcurrentHashMap<>();
  /** The level a span-field directive enabled inside a span that matched it. */
  private final ExtensionKey<LevelFilter> matchedLevel = new ExtensionKey<>("EnvFilter match");

  private EnvFilter(String text, List<Directive> directives) {
    this.text = text;
    List<Directive> statics = new ArrayList<>();
    List<Directive> dynamics = new ArrayList<>();
    for (Directive directive : directives) {
      (directive.isStatic() ? statics : dynamics).add(directive);
    }
    // Most specific first; among equals the later directive wins, as in Rust's EnvFilter.
    Comparator<Directive> mostSpecificFirst =
        Comparator.comparingInt(Directive::specificity).reversed();
    Collections.reverse(statics);
    Collections.reverse(dynamics);
    statics.sort(mostSpecificFirst);
    dynamics.sort(mostSpecificFirst);
    this.statics = List.copyOf(statics);
    this.dynamics = List.copyOf(dynamics);
    LevelFilter verbose = LevelFilter.OFF;
    for (Directive directive : dynamics) {
      if (directive.level().ordinal() < verbose.ordinal()) {
        verbose = directive.level();
      }
    }
    this.mostVerboseDynamic = verbose;
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
    if (staticLevel(metadata.target()).enables(metadata.level())) {
      return Interest.ALWAYS;
    }
    if (metadata.isSpan() && caresAbout(metadata)) {
      // The span must exist for the filter to see whether its fields match.
      return Interest.ALWAYS;
    }
    return mostVerboseDynamic.enables(metadata.level()) ? Interest.SOMETIMES : Interest.NEVER;
  }

  @Override
  public boolean enabled(Metadata metadata, SpanData current) {
    Level level = metadata.level();
    if (staticLevel(metadata.target()).enables(level)) {
      return true;
    }
    if (dynamics.isEmpty() || !mostVerboseDynamic.enables(level)) {
      return false;
    }
    if (metadata.isSpan() && caresAbout(metadata)) {
      return true;
    }
    for (SpanData span = current; span != null; span = span.parent()) {
      LevelFilter matched = span.extension(matchedLevel);
      if (matched != null && matched.enables(level)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void onNewSpan(SpanData span) {
    if (!dynamics.isEmpty()) {
      match(span);
    }
  }

  @Override
  public void onRecord(SpanData span, FieldValues values) {
    if (!dynamics.isEmpty()) {
      match(span);
    }
  }

  private void match(SpanData span) {
    FieldValues fields = null;
    for (Directive directive : dynamics) {
      if (!appliesTo(directive, span.metadata())) {
        continue;
      }
      if (fields == null) {
        fields = span.fieldsSnapshot();
      }
      if (fieldsMatch(directive, fields)) {
        span.putExtension(matchedLevel, directive.level());
        return;
      }
    }
  }

  private static boolean fieldsMatch(Directive directive, FieldValues fields) {
    for (FieldMatch match : directive.fields()) {
      int index = fields.indexOf(match.name());
      if (index < 0 || !fields.hasValue(index) || !match.matches(fields.value(index))) {
        return false;
      }
    }
    return true;
  }

  private boolean caresAbout(Metadata span) {
    for (Directive directive : dynamics) {
      if (appliesTo(directive, span)) {
        return true;
      }
    }
    return false;
  }

  private static boolean appliesTo(Directive directive, Metadata span) {
    return span.isSpan()
        && directive.matchesTarget(span.target())
        && (directive.spanName() == null || directive.spanName().equals(span.name()));
  }

  private LevelFilter staticLevel(String target) {
    LevelFilter cached = staticLevelByTarget.get(target);
    if (cached != null) {
      return cached;
    }
    LevelFilter level = LevelFilter.OFF;
    for (Directive directive : statics) {
      if (directive.matchesTarget(target)) {
        level = directive.level();
        break;
      }
    }
    if (staticLevelByTarget.size() < MAX_CACHED_TARGETS) {
      staticLevelByTarget.put(target, level);
    }
    return level;
  }

  /** The directives as parsed, in their canonical form. */
  public List<String> directives() {
    List<String> all = new ArrayList<>();
    statics.forEach(d -> all.add(d.toString()));
    dynamics.forEach(d -> all.add(d.toString()));
    return all;
  }

  /** The filter string this filter was parsed from. */
  @Override
  public String toString() {
    return text;
  }
}
