package dev.tracing4j.runtime.fmt;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.format.DurationFormat;
import dev.tracing4j.runtime.format.SpanEvent;
import dev.tracing4j.runtime.format.FormattingLayer;
import dev.tracing4j.runtime.format.FormattingSettings;
import dev.tracing4j.runtime.format.SpanEvents;
import dev.tracing4j.runtime.format.StructuralNames;
import dev.tracing4j.runtime.format.WallClock;
import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.output.OutputWriter;
import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.registry.ExtensionKey;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.registry.Timing;
import dev.tracing4j.runtime.spi.Metadata;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Prints one human-readable line per event, as Rust's {@code tracing-subscriber} does:
 *
 * <pre>
 * 2026-11-24T10:15:30.123456Z  INFO handle{request.id="r-1"}:place{order.id=42}: com.shop.OrderService: placed ok=true
 * </pre>
 *
 * <p>A UTC timestamp with microseconds, the level right-aligned in five columns, the span context
 * from root to leaf, the target, the message and the fields. Strings are quoted with Java escapes
 * and every control character or line break is escaped, so one event is always one line. ANSI
 * colours are used only when the output is a terminal. With {@link SpanEvents} the layer also
 * prints span lifecycle events; {@code close} carries the span's {@code time.busy} and {@code
 * time.idle}.
 *
 * <pre>{@code
 * Layer fmt = FmtLayer.builder().output(Output.stdout()).spanEvents(SpanEvents.parse("close")).build();
 * Tracing.setGlobalDefault(Registry.builder().with(fmt, EnvFilter.parse("info")).build());
 * }</pre>
 */
public final class FmtLayer extends FormattingLayer {

  private static final ThreadLocal<LineBuffer> BUFFERS = ThreadLocal.withInitial(LineBuffer::new);
  private static final String[] LEVELS = {"TRACE", "DEBUG", " INFO", " WARN", "ERROR"};
  /** " INFO " and the others, between the timestamp and the span context. */
  private static final byte[][] LEVEL_COLUMNS = new byte[LEVELS.length][];
  private static final int MAX_CACHED_TARGETS = 10_000;

  static {
    for (int i = 0; i < LEVELS.length; i++) {
      LEVEL_COLUMNS[i] = (" " + LEVELS[i] + " ").getBytes(StandardCharsets.US_ASCII);
    }
  }

  private final OutputWriter writer;
  private final boolean ansi;
  private final WallClock clock;
  private final ExtensionKey<byte[]> formattedFields = new ExtensionKey<>("fmt fields");
  /** "com.shop.OrderService: " as written, per target: targets repeat on every line. */
  private final ConcurrentMap<String, byte[]> targetPrefixes = new ConcurrentHashMap<>();

  private FmtLayer(Builder builder) {
    super(builder.spanEvents());
    this.writer = builder.openWriter(output -> output, this::dropNotice);
    this.ansi = builder.ansi != null ? builder.ansi : writer.output().isTerminal();
    this.clock = WallClock.of(builder.clock());
  }

  /** Starts a layer writing to stderr, without span events; colours if stderr is a terminal. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link FmtLayer}: output, writer options, span events, colours, clock. */
  public static final class Builder extends FormattingSettings<Builder> {
    private Boolean ansi;

    private Builder() {
      super(Output.stderr());
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Forces ANSI colours on or off instead of detecting a terminal. */
    public Builder ansi(boolean ansi) {
      this.ansi = ansi;
      return this;
    }

    /** The layer, with its output opened and its writer thread started. */
    public FmtLayer build() {
      return new FmtLayer(this);
    }
  }

  /** Renders the span's fields once per change, not once per event inside it. */
  @Override
  protected void spanChanged(SpanData span) {
    span.computeExtension(formattedFields, this::formatFields);
  }

  @Override
  public void onEvent(Event event, Context ctx) {
    LineBuffer line = acquire();
    try {
      Metadata metadata = event.metadata();
      header(line, metadata.level(), ctx.nearestVisible(event.parent()), ctx, metadata.target());
      line.fields.writeEvent(line, ansi, event.fields());
      emit(line);
    } finally {
      release(line);
    }
  }

  @Override
  protected void lifecycle(SpanData span, Context ctx, SpanEvent kind) {
    LineBuffer line = acquire();
    try {
      header(line, span.level(), span, ctx, span.target());
      FieldWriter fields = line.fields;
      fields.start(line, ansi, StructuralNames.EVENT);
      fields.visitMessage(kind.message());
      if (kind == SpanEvent.CLOSE) {
        Timing timing = span.timing();
        fields.raw("time.busy", DurationFormat.format(timing.busyNanos()));
        fields.raw("time.idle", DurationFormat.format(timing.idleNanos()));
      }
      emit(line);
    } finally {
      release(line);
    }
  }

  /** Writes everything up to the message: timestamp, level, span context and target. */
  private void header(LineBuffer line, Level level, SpanData leaf, Context ctx, String target) {
    long now = clock.epochNanos();
    if (ansi) {
      line.appendAscii(Ansi.DIM).appendTimestamp(now).appendAscii(Ansi.RESET).appendByte(' ')
          .appendAscii(Ansi.color(level)).appendAscii(LEVELS[level.ordinal()])
          .appendAscii(Ansi.RESET).appendByte(' ');
    } else {
      line.appendTimestamp(now).appendBytes(LEVEL_COLUMNS[level.ordinal()]);
    }
    if (leaf != null && writeScope(line, leaf, ctx)) {
      line.appendAscii(ansi ? Ansi.DIM + ":" + Ansi.RESET + " " : ": ");
    }
    line.appendBytes(targetPrefix(line, target));
  }

  private byte[] targetPrefix(LineBuffer line, String target) {
    // Consecutive events on a thread mostly share a target: remember the last one per thread.
    if (line.lastTarget == target && line.lastTargetAnsi == ansi) {
      return line.lastTargetPrefix;
    }
    byte[] prefix = sharedTargetPrefix(target);
    line.lastTargetAnsi = ansi;
    line.lastTarget = target;
    line.lastTargetPrefix = prefix;
    return prefix;
  }

  private byte[] sharedTargetPrefix(String target) {
    byte[] prefix = targetPrefixes.get(target);
    if (prefix == null) {
      LineBuffer text = new LineBuffer();
      if (ansi) {
        text.appendAscii(Ansi.DIM).appendEscaped(target).appendAscii(":" + Ansi.RESET + " ");
      } else {
        text.appendEscaped(target).appendAscii(": ");
      }
      prefix = text.toByteArray();
      if (targetPrefixes.size() < MAX_CACHED_TARGETS) {
        targetPrefixes.put(target, prefix);
      }
    }
    return prefix;
  }

  /** Writes the visible spans from the root to {@code span}; returns whether any was written. */
  private boolean writeScope(LineBuffer line, SpanData span, Context ctx) {
    boolean wroteParents = span.parent() != null && writeScope(line, span.parent(), ctx);
    if (!ctx.isVisible(span)) {
      return wroteParents;
    }
    if (wroteParents) {
      line.appendByte(':');
    }
    if (ansi) {
      line.appendAscii(Ansi.BOLD).appendEscaped(span.name()).appendAscii(Ansi.RESET);
    } else {
      line.appendEscaped(span.name());
    }
    byte[] fields = span.extension(formattedFields);
    if (fields != null && fields.length > 0) {
      line.appendAscii(ansi ? Ansi.BOLD + "{" + Ansi.RESET : "{").appendBytes(fields)
          .appendAscii(ansi ? Ansi.BOLD + "}" + Ansi.RESET : "}");
    }
    return true;
  }

  private byte[] formatFields(SpanData span) {
    LineBuffer buffer = acquire();
    try {
      buffer.fields.start(buffer, ansi, StructuralNames.NONE);
      span.visitFields(buffer.fields);
      return buffer.toByteArray();
    } finally {
      release(buffer);
    }
  }

  private void emit(LineBuffer line) {
    line.appendByte('\n');
    writer.write(line.array(), 0, line.length());
  }

  private byte[] dropNotice(long count) {
    LineBuffer line = new LineBuffer();
    header(line, Level.WARN, null, null, "tracing4j");
    line.appendAscii("dropped records: the output fell behind or failed dropped=").appendLong(count)
        .appendByte('\n');
    return line.toByteArray();
  }

  /** A thread's reusable buffer, or a fresh one if a field's toString() is logging re-entrantly. */
  private static LineBuffer acquire() {
    LineBuffer buffer = BUFFERS.get();
    if (buffer.inUse) {
      return new LineBuffer();
    }
    buffer.inUse = true;
    buffer.reset();
    return buffer;
  }

  private static void release(LineBuffer buffer) {
    buffer.inUse = false;
  }

  @Override
  public void flush() {
    writer.flush();
  }

  @Override
  public void shutdown() {
    writer.close();
  }

  @Override
  public String toString() {
    return "FmtLayer[" + writer + ", span events " + spanEvents() + "]";
  }
}
