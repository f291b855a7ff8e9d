package dev.tracing4j.runtime.output;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/** A destination that holds every write until released, like a stalled disk. */
public final class StalledStream extends OutputStream {
  private final ByteArrayOutputStream written = new ByteArrayOutputStream();
  /** Count it down to let the writes through. */
  public final CountDownLatch release = new CountDownLatch(1);
  /** Counted down when the first write reaches the stream. */
  public final CountDownLatch firstWriteStarted = new CountDownLatch(1);

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    firstWriteStarted.countDown();
    try {
      release.await();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    synchronized (written) {
      written.write(b, off, len);
    }
  }

  /** Everything written so far, as UTF-8. */
  public String text() {
    synchronized (written) {
      return written.toString(StandardCharsets.UTF_8);
    }
  }
}
