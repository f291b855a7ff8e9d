package dev.tracing4j.runtime.output;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A destination for formatted records: {@link #stderr()}, {@link #stdout()}, a {@link #file} or
 * any {@link #stream}.
 *
 * <pre>{@code
 * Output.parse("stderr");            // the configuration value tracing4j.output
 * Output.file(Path.of("trace.json"));
 * }</pre>
 *
 * <p>A file is opened without following a symbolic link at its path (one there is an error naming
 * the path), and a file created is readable and writable by its owner only ({@code rw-------}); a
 * file that exists keeps its permissions.
 */
public abstract sealed class Output {

  private Output() {}

  /** The process's standard error, as {@code System.err} is when the writer opens. */
  public static Output stderr() {
    return new Standard("stderr", 2);
  }

  /** The process's standard output, as {@code System.out} is when the writer opens. */
  public static Output stdout() {
    return new Standard("stdout", 1);
  }

  /** A file, created (owner-only) if missing, else appended to; never a symbolic link. */
  public static Output file(Path path) {
    return new FileOutput(path, false);
  }

  /** A file, created (owner-only) if missing, else emptied first; never a symbolic link. */
  public static Output newFile(Path path) {
    return new FileOutput(path, true);
  }

  /** Any stream, for tests and benchmarks; closed when the writer closes. */
  public static Output stream(OutputStream stream, String description) {
    return new StreamOutput(stream, description);
  }

  /** {@code stderr}, {@code stdout}, or else a file path, as in {@code tracing4j.output}. */
  public static Output parse(String value) {
    return switch (value) {
      case "stderr" -> stderr();
      case "stdout" -> stdout();
      default -> file(Path.of(value));
    };
  }

  /**
   * Any channel, closed when the writer closes: for tests, which stand a channel that fails as a
   * full disk does in for a file.
   */
  static Output channel(SeekableByteChannel channel, String description) {
    return new ChannelOutput(channel, description);
  }

  /** Opens the destination for writing. */
  abstract Sink open() throws IOException;

  /**
   * Whether the destination is a terminal, where ANSI colours are welcome. Detected on Linux from
   * the file descriptor; elsewhere from {@link System#console()}. {@code NO_COLOR} turns it off.
   */
  public boolean isTerminal() {
    return false;
  }

  /** A file, or {@code null} for the other destinations. */
  public Path path() {
    return null;
  }

  private static final class Standard extends Output {
    private final String name;
    private final int fd;

    Standard(String name, int fd) {
      this.name = name;
      this.fd = fd;
    }

    @Override
    Sink open() {
      PrintStream stream = fd == 2 ? System.err : System.out;
      OutputStream out = stream != null ? stream
          : new FileOutputStream(fd == 2 ? FileDescriptor.err : FileDescriptor.out);
      return new StreamSink(out, name, true);
    }

    @Override
    public boolean isTerminal() {
      if (System.getenv("NO_COLOR") != null && !System.getenv("NO_COLOR").isEmpty()) {
        return false;
      }
      Path link = Path.of("/proc/self/fd/" + fd);
      try {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException | SecurityException noProcfs) {
        return System.console() != null;
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final class FileOutput extends Output {
    private final Path path;
    private final boolean truncate;

    FileOutput(Path path, boolean truncate) {
      this.path = Objects.requireNonNull(path, "path");
      this.truncate = truncate;
    }

    @Override
    Sink open() throws IOException {
      return new ChannelSink(OutputFile.open(path, truncate), path.toString());
    }

    @Override
    public Path path() {
      return path;
    }

    @Override
    public String toString() {
      return path.toString();
    }
  }

  private static final class StreamOutput extends Output {
    private final OutputStream stream;
    private final String description;

    StreamOutput(OutputStream stream, String description) {
      this.stream = Objects.requireNonNull(stream, "stream");
      this.description = description;
    }

    @Override
    Sink open() {
      return new StreamSink(stream, description, false);
    }

    @Override
    public String toString() {
      return description;
    }
  }

  private static final class ChannelOutput extends Output {
    private final SeekableByteChannel channel;
    private final String description;

    ChannelOutput(SeekableByteChannel channel, String description) {
      this.channel = Objects.requireNonNull(channel, "channel");
      this.description = description;
    }

    @Override
    Sink open() {
      return new ChannelSink(channel, description);
    }

    @Override
    public String toString() {
      return description;
    }
  }
}
