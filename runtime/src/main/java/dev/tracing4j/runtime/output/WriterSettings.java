package dev.tracing4j.runtime.output;

import java.util.Objects;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

/**
 * What every layer that writes formatted records is configured with: where the records go, and
 * how the background writer buffers them. Layer builders extend it.
 *
 * <pre>{@code
 * FmtLayer.builder()
 *     .output(Output.file(Path.of("app.log")))
 *     .writerOptions(OutputWriter.options().overflow(Overflow.DROP))
 *     .build();
 * }</pre>
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class WriterSettings<B extends WriterSettings<B>> {
  private Output output;
  private OutputWriter writer;
  private OutputWriter.Options writerOptions = OutputWriter.options();

  protected WriterSettings(Output defaultOutput) {
    this.output = defaultOutput;
  }

  /** This builder, typed as the concrete one. */
  protected abstract B self();

  /** Where records go. */
  public B output(Output output) {
    this.output = Objects.requireNonNull(output, "output");
    return self();
  }

  /** An already open writer to use instead of opening {@link #output}. */
  public B writer(OutputWriter writer) {
    this.writer = Objects.requireNonNull(writer, "writer");
    return self();
  }

  /**
   * How the background writer buffers: its capacity and what happens when the output falls
   * behind ({@link Overflow#BLOCK} by default, or {@link Overflow#DROP} with a count of dropped
   * records written in the layer's own format).
   *
   * <pre>{@code
   * .writerOptions(OutputWriter.options().overflow(Overflow.DROP).capacityBytes(1 << 20))
   * }</pre>
   */
  public B writerOptions(OutputWriter.Options writerOptions) {
    this.writerOptions = Objects.requireNonNull(writerOptions, "writerOptions");
    return self();
  }

  /**
   * For the layer being built: the writer it writes through, the one given or {@link #output}
   * (after {@code adjust}) opened with the layer's {@code dropNotice}.
   */
  public OutputWriter openWriter(UnaryOperator<Output> adjust, LongFunction<byte[]> dropNotice) {
    return writer != null ? writer
        : OutputWriter.open(adjust.apply(output), writerOptions.dropNotice(dropNotice));
  }
}
