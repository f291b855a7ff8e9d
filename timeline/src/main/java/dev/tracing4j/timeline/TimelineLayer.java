package dev.tracing4j.timeline;

import dev.tracing4j.runtime.output.Output;
import dev.tracing4j.runtime.output.OutputWriter;
import dev.tracing4j.runtime.output.Overflow;
import dev.tracing4j.runtime.output.WriterSettings;
import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.SpanData;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Records every span's life (when it was created, each interval a thread was inside it and on
 * which thread, the events inside it, when it closed) and at {@link #shutdown()}, which the
 * configured subscriber runs at the latest at a normal JVM exit, writes one self-contained HTML
 * page: a timeline with a row per span under its parent, grouped by request (root span), busy
 * and idle time told apart, and the table per span name. The page loads nothing from anywhere.
 *
 * <p>Past {@link Builder#cap(int) the cap} (100 000 spans and events by default) the page keeps
 * the slowest requests whole and says how much it left out; the table still covers every span.
 * The file takes at most 400 bytes per span.
 *
 * <pre>{@code
 * Registry registry = Registry.builder()
 *     .with(FmtLayer.builder().build())
 *     .with(TimelineLayer.builder().output(Output.newFile(Path.of("run.html"))).build())
 *     .build();
 * }</pre>
 *
 * <p>Configured by name: {@code -Dtracing4j.subscriber=fmt,timeline}, with {@code
 * tracing4j.timeline.output} (default {@code timeline-<pid>.html}) and {@code
 * tracing4j.timeline.cap}.
 */
public final class TimelineLayer implements Layer {

  /** The most spans and events a page holds unless told otherwise. */
  public static final int DEFAULT_CAP = 100_000;

  private static final int CHUNK_BYTES = 64 * 1024;

  private final Recorder recorder;
  private final OutputWriter writer;
  private final String title = processTitle();
  private final Instant startedAt = Instant.now();
  /** Once the page is being written, nothing more is recorded. */
  private volatile boolean finished;

  private TimelineLayer(Builder builder) {
    this.recorder = new Recorder(builder.cap);
    // A page is one document: a file is emptied, never appended to. The page is written once,
    // whole, so no record of it may be dropped whatever the overflow policy.
    this.writer = builder.openWriter(
        output -> output.path() != null ? Output.newFile(output.path()) : output,
        count -> new byte[0]);
  }

  /** The default file, {@code timeline-<pid>.html} in the working directory. */
  public static Path defaultPath() {
    return Path.of("timeline-" + ProcessHandle.current().pid() + ".html");
  }

  /** Starts a layer writing to {@link #defaultPath()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link TimelineLayer}: its output and its cap. */
  public static final class Builder extends WriterSettings<Builder> {
    private int cap = DEFAULT_CAP;

    private Builder() {
      super(Output.newFile(defaultPath()));
      writerOptions(OutputWriter.options().overflow(Overflow.BLOCK));
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The most spans and events the page holds ({@value TimelineLayer#DEFAULT_CAP} by default).
     * Beyond it the page keeps the slowest requests whole; memory stays below twice the cap.
     *
     * @throws IllegalArgumentException when {@code cap} is less than 1
     */
    public Builder cap(int cap) {
      if (cap < 1) {
        throw new IllegalArgumentException("cap must be at least 1 span, was " + cap);
      }
      this.cap = cap;
      return this;
    }

    /** The layer, with its output opened (a file is emptied). */
    public TimelineLayer build() {
      return new TimelineLayer(this);
    }
  }

  /** Busy and idle time, and the moment each span was created. */
  @Override
  public boolean tracksTiming() {
    return true;
  }

  @Override
  public void onNewSpan(SpanData span, Context ctx) {
    if (!finished) {
      recorder.onNewSpan(span, ctx);
    }
  }

  @Override
  public void onEnter(SpanData span, Context ctx) {
    if (!finished) {
      recorder.onEnter(span);
    }
  }

  @Override
  public void onExit(SpanData span, Context ctx) {
    if (!finished) {
      recorder.onExit(span);
    }
  }

  @Override
  public void onEvent(Event event, Context ctx) {
    if (!finished) {
      recorder.onEvent(event, ctx);
    }
  }

  @Override
  public void onClose(SpanData span, Context ctx) {
    if (!finished) {
      recorder.onClose(span);
    }
  }

  /** Nothing to flush: the page is written whole at {@link #shutdown()}. */
  @Override
  public void flush() {}

  /** Writes the page and closes the output; what happens later is not recorded. */
  @Override
  public void shutdown() {
    synchronized (this) {
      if (finished) {
        return;
      }
      finished = true;
    }
    try (OutputStream out = new BufferedOutputStream(new WriterStream(writer), CHUNK_BYTES)) {
      TimelinePage.write(recorder.finish(), title, startedAt, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the timeline to " + writer.output(), e);
    } finally {
      writer.close();
    }
  }

  /** What the recording was made with; for tests. */
  Recording finishForTest() {
    finished = true;
    return recorder.finish();
  }

  /** The main class or jar, as the JVM was started: the page's title. */
  static String processTitle() {
    String command = System.getProperty("sun.java.command", "").split(" ", 2)[0];
    return command.isEmpty() ? "java" : command;
  }

  @Override
  public String toString() {
    return "TimelineLayer[" + writer.output() + "]";
  }
}
