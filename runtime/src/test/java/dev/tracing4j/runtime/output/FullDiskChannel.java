package dev.tracing4j.runtime.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A file on a disk with room for a set number of bytes: a write takes what fits and the next one
 * fails with "No space left on device", as {@code write(2)} does, until {@link #makeRoom} frees
 * some space.
 */
final class FullDiskChannel implements SeekableByteChannel {
  private byte[] content = new byte[0];
  private int size;
  private int room;
  private boolean open = true;

  FullDiskChannel(int room) {
    this.room = room;
  }

  synchronized void makeRoom(int bytes) {
    room = bytes;
  }

  synchronized String text() {
    return new String(content, 0, size, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized int write(ByteBuffer source) throws IOException {
    int free = room - size;
    if (free <= 0) {
      throw new IOException("No space left on device");
    }
    int taken = Math.min(free, source.remaining());
    if (size + taken > content.length) {
      content = Arrays.copyOf(content, Math.max(size + taken, content.length * 2));
    }
    source.get(content, size, taken);
    size += taken;
    return taken;
  }

  @Override
  public synchronized long position() {
    return size; // opened for appending: the position is the end
  }

  @Override
  public SeekableByteChannel position(long newPosition) {
    throw new UnsupportedOperationException("appending");
  }

  @Override
  public synchronized long size() {
    return size;
  }

  @Override
  public synchronized SeekableByteChannel truncate(long newSize) {
    size = (int) Math.min(size, newSize);
    return this;
  }

  @Override
  public int read(ByteBuffer destination) {
    throw new UnsupportedOperationException("write only");
  }

  @Override
  public synchronized boolean isOpen() {
    return open;
  }

  @Override
  public synchronized void close() {
    open = false;
  }
}
