package dev.tracing4j.console;

import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.registry.ExtensionKey;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.SpanData;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The live console: records the tasks of instrumented executors and the root spans of the
 * program, and serves them on a page, {@code /api/snapshot} and {@code /api/updates} (see the
 * module's README for the protocol). The server listens on 127.0.0.1:6669 unless told otherwise,
 * prints its URL on stderr, runs on daemon threads and stops when the layer shuts down.
 *
 * <pre>{@code
 * ConsoleLayer console = ConsoleLayer.builder().port(0).build();   // any free port
 * Tracing.setGlobalDefault(Registry.builder().with(FmtLayer.builder().build()).with(console).build());
 * System.out.println(console.url());                                // http://127.0.0.1:41234/
 * }</pre>
 *
 * <p>Configured by name, {@code tracing4j.subscriber=fmt,console} does the same; its keys are
 * listed on {@link ConsoleLayerProvider}.
 *
 * <p>The recording side costs per span one small object, a few atomic counter updates per enter
 * and exit, and a clock read each; everything else (states, warnings, retention, JSON) is done
 * once a second on the console's own thread.
 */
public final class ConsoleLayer implements Layer {
  private final ExtensionKey<SpanRecord> recordKey = new ExtensionKey<>("console record");
  private final SpanTable table;
  private final long busyWarningNanos;
  private final Aggregator aggregator;
  private final ConsoleServer server; // null when it could not listen
  private final PrintStream messages;

  private ConsoleLayer(ConsoleOptions options, PrintStream messages) {
    this.messages = messages;
    this.table = new SpanTable(options.retentionMax(), options.retention().toNanos());
    this.busyWarningNanos = options.busyWarning().toNanos();
    this.aggregator = new Aggregator(table, options);
    this.server = ConsoleServer.start(options, aggregator, messages);
    aggregator.start();
  }

  static ConsoleLayer start(ConsoleOptions options, PrintStream messages) {
    return new ConsoleLayer(options, messages);
  }

  /** Starts a console with the defaults: 127.0.0.1:6669, the README's thresholds. */
  public static Builder builder() {
    return new Builder();
  }

  /** Sets up a {@link ConsoleLayer}; {@link #build()} starts its server. */
  public static final class Builder {
    private ConsoleOptions options = ConsoleOptions.defaults();
    private PrintStream messages = System.err;

    private Builder() {}

    /** The address to listen on; 127.0.0.1 by default. Any other exposes the program's spans. */
    public Builder bind(InetAddress address) {
      options = new ConsoleOptions(Objects.requireNonNull(address, "address"), options.port(),
          options.busyWarning(), options.idleWarning(), options.retention(),
          options.retentionMax());
      return this;
    }

    /** The port, 6669 by default; {@code 0} picks a free one (see {@link ConsoleLayer#url()}). */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("console port " + port
            + " is not a port number: expected 0 (any free port) to 65535");
      }
      options = new ConsoleOptions(options.bind(), port, options.busyWarning(),
          options.idleWarning(), options.retention(), options.retentionMax());
      return this;
    }

    /** A task entered longer than this at a time is flagged as blocking its thread; 100 ms. */
    public Builder busyWarning(Duration threshold) {
      options = new ConsoleOptions(options.bind(), options.port(), positive(threshold, "busyWarning"),
          options.idleWarning(), options.retention(), options.retentionMax());
      return this;
    }

    /** An open span idle longer than this is flagged as possibly never completing; 10 s. */
    public Builder idleWarning(Duration threshold) {
      options = new ConsoleOptions(options.bind(), options.port(), options.busyWarning(),
          positive(threshold, "idleWarning"), options.retention(), options.retentionMax());
      return this;
    }

    /**
     * Completed tasks stay listed for {@code time}, at most {@code max} of them (the count wins);
     * 5 s and 1 000 by default.
     */
    public Builder retention(Duration time, int max) {
      if (max < 0) {
        throw new IllegalArgumentException("retention max " + max + " is negative: expected 0 or"
            + " more completed tasks");
      }
      options = new ConsoleOptions(options.bind(), options.port(), options.busyWarning(),
          options.idleWarning(), positive(time, "retention"), max);
      return this;
    }

    /** Where the console prints its URL and, at shutdown, the spans still open; stderr. */
    Builder messages(PrintStream stream) {
      this.messages = Objects.requireNonNull(stream, "stream");
      return this;
    }

    /** Starts the server and returns the layer to add to a registry. */
    public ConsoleLayer build() {
      return new ConsoleLayer(options, messages);
    }

    private static Duration positive(Duration duration, String what) {
      Objects.requireNonNull(duration, what);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(what + " " + duration + " is not positive");
      }
      return duration;
    }
  }

  /**
   * Where the page is, such as {@code http://127.0.0.1:6669/}.
   *
   * @throws IllegalStateException when the server could not listen (the reason was printed)
   */
  public URI url() {
    if (server == null) {
      throw new IllegalStateException("the console is not serving: its address was refused"
          + " (see the message printed when it started)");
    }
    return server.url();
  }

  /** For tests: the aggregation, to run one at once. */
  Aggregator aggregator() {
    return aggregator;
  }

  SpanTable table() {
    return table;
  }

  @Override
  public boolean tracksTiming() {
    return true;
  }

  @Override
  public void onNewSpan(SpanData span, Context ctx) {
    SpanData visibleParent = ctx.nearestVisible(span.parent());
    SpanRecord parent = visibleParent == null ? null : visibleParent.extension(recordKey);
    SpanRecord record = parent == null || TrackedSpan.isTask(span)
        ? new TrackedSpan(span, parent)
        : new SpanRecord(span, parent, parent.owner());
    span.putExtension(recordKey, record);
    if (parent != null) {
      parent.owner().subtree.add(record);
    }
    table.opened(record);
  }

  @Override
  public void onEnter(SpanData span, Context ctx) {
    SpanRecord record = span.extension(recordKey);
    if (record != null) {
      long now = System.nanoTime();
      if (record.entered(now) && record instanceof TrackedSpan row) {
        row.scheduledTimes.record(now - span.createdNanos());
      }
    }
  }

  @Override
  public void onExit(SpanData span, Context ctx) {
    SpanRecord record = span.extension(recordKey);
    if (record == null) {
      return;
    }
    long poll = record.exited(System.nanoTime());
    if (poll >= 0 && record instanceof TrackedSpan row) {
      row.pollTimes.record(poll);
      if (row.isTask() && poll > busyWarningNanos) {
        row.flagBlocking(poll);
      }
    }
  }

  @Override
  public void onClose(SpanData span, Context ctx) {
    SpanRecord record = span.extension(recordKey);
    if (record != null) {
      table.closed(record, System.nanoTime());
    }
  }

  @Override
  public void onEvent(Event event, Context ctx) {
    SpanData in = ctx.nearestVisible(event.parent());
    SpanRecord record = in == null ? null : in.extension(recordKey);
    if (record != null) {
      record.owner().events.add(new RecentEvents.RecordedEvent(System.nanoTime(),
          event.metadata().level(), event.metadata().target(), Thread.currentThread().getName(),
          in.id(), in.name(), event.fields().copy()));
    }
  }

  /** Prints the spans still open, then stops the server and the aggregation. */
  @Override
  public void shutdown() {
    OpenSpansReport.print(table, messages);
    aggregator.stop();
    if (server != null) {
      server.stop();
    }
  }

  @Override
  public String toString() {
    return "ConsoleLayer" + (server == null ? "(not serving)" : "(" + server.url() + ")");
  }
}
