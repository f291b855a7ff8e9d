package dev.tracing4j.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.runtime.internal.FailureReporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

  private static byte[] record(String text) {
    return (text + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** What tracing4j says on stderr while {@code action} runs. */
  private static String reported(Runnable action) {
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    PrintStream previous = FailureReporter.redirect(
        new PrintStream(said, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      FailureReporter.redirect(previous);
    }
    return said.toString(StandardCharsets.UTF_8);
  }

  private static void write(OutputWriter writer, String text) {
    byte[] bytes = record(text);
    writer.write(bytes, 0, bytes.length);
  }

  @Test
  void everyRecordWrittenByManyThreadsIsInTheFileAfterClose(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("out.log");
    OutputWriter writer = OutputWriter.open(Output.file(file), OutputWriter.options());
    int threads = 4;
    int perThread = 25_000;
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int id = t;
      workers[t] = new Thread(() -> {
        for (int i = 0; i < perThread; i++) {
          write(writer, "thread-" + id + " record-" + i + " " + "x".repeat(i % 50));
        }
      });
      workers[t].start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    writer.close();

    List<String> lines = Files.readAllLines(file);
    assertEquals(threads * perThread, lines.size());
    Set<String> unique = new HashSet<>();
    Pattern shape = Pattern.compile("thread-(\\d) record-(\\d+) (x*)");
    for (String line : lines) {
      Matcher m = shape.matcher(line);
      assertTrue(m.matches(), "a split or interleaved record: " + line);
      assertEquals(Integer.parseInt(m.group(2)) % 50, m.group(3).length(), line);
      unique.add(m.group(1) + "/" + m.group(2));
    }
    assertEquals(threads * perThread, unique.size());
  }

  @Test
  void flushWaitsUntilAcceptedRecordsAreWritten() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputWriter writer = OutputWriter.open(Output.stream(bytes, "memory"), OutputWriter.options());
    for (int i = 0; i < 1000; i++) {
      write(writer, "line " + i);
    }
    writer.flush();
    assertEquals(1000, bytes.toString(StandardCharsets.UTF_8).split("\n").length);
    writer.close();
  }

  @Test
  void dropPolicyNeverWaitsAndReportsHowManyRecordsWereDropped() throws Exception {
    StalledStream stream = new StalledStream();
    OutputWriter writer = OutputWriter.open(Output.stream(stream, "stalled"),
        OutputWriter.options().capacityBytes(1024).overflow(Overflow.DROP)
            .dropNotice(count -> record("dropped " + count)));
    write(writer, "first");
    assertTrue(stream.firstWriteStarted.await(5, TimeUnit.SECONDS));
    int records = 200; // 200 * ~20 bytes overflows 1 KiB while the destination is stalled
    for (int i = 0; i < records; i++) {
      write(writer, String.format("record %012d", i));
    }
    stream.release.countDown();
    writer.close();

    List<String> lines = List.of(stream.text().split("\n"));
    assertEquals("first", lines.get(0));
    String notice = lines.get(lines.size() - 1);
    assertTrue(notice.startsWith("dropped "), notice);
    long dropped = Long.parseLong(notice.substring("dropped ".length()));
    long kept = lines.size() - 2;
    assertTrue(dropped > 0, "some records had to be dropped");
    assertEquals(records, kept + dropped, "every record is either written or counted");
  }

  @Test
  void blockPolicyLosesNothingWhenTheDestinationIsSlow() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream slow = new OutputStream() {
      @Override
      public void write(int b) {
        bytes.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
        bytes.write(b, off, len);
      }
    };
    OutputWriter writer = OutputWriter.open(Output.stream(slow, "slow"),
        OutputWriter.options().capacityBytes(1024));
    for (int i = 0; i < 2000; i++) {
      write(writer, String.format("record %06d", i));
    }
    writer.close();
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(2000, lines.length);
    assertEquals("record 001999", lines[1999]);
  }

  @Test
  void aRecordLargerThanTheCapacityIsStillWrittenWhole() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputWriter writer = OutputWriter.open(Output.stream(bytes, "memory"),
        OutputWriter.options().capacityBytes(1024));
    String big = "y".repeat(1 << 20);
    write(writer, big);
    write(writer, "after");
    writer.close();
    assertEquals(big + "\nafter\n", bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aQuietWriterGivesBackItsBurstBuffersAndWritesOnInOrder() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputWriter writer = OutputWriter.open(Output.stream(bytes, "memory"),
        OutputWriter.options());
    String burst = "b".repeat(3 * BufferReuse.INITIAL_BYTES);
    for (int i = 0; i < 20; i++) {
      write(writer, burst);
    }
    writer.flush();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (writer.bufferedCapacity() > 2 * BufferReuse.INITIAL_BYTES
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(2 * BufferReuse.INITIAL_BYTES, writer.bufferedCapacity(),
        "a writer idle for 10 ms keeps no more than its two initial buffers");
    write(writer, "after");
    writer.close();
    assertEquals((burst + "\n").repeat(20) + "after\n", bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void afterCloseAFileIsCompleteAndLaterRecordsAreRefusedAndCounted(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("trace.log");
    OutputWriter writer = OutputWriter.open(Output.newFile(file), OutputWriter.options());
    write(writer, "before");
    writer.close();
    writer.close(); // a second close does nothing
    String said = reported(() -> {
      write(writer, "after");
      write(writer, "later");
    });
    writer.flush(); // returns at once
    assertEquals(List.of("before"), Files.readAllLines(file));
    assertEquals(2, writer.refusedRecords());
    assertEquals("tracing4j: " + file + " was closed when a record arrived for it (from a"
        + " subscriber shut down at exit or replaced); such records are not written, so that what"
        + " the output holds stays whole, and this is said once\n", said);
  }

  @Test
  void theFooterIsWrittenOnceLastAndNothingFollowsItEvenOnStderr() {
    PrintStream previous = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      OutputWriter writer = OutputWriter.open(Output.stderr(), OutputWriter.options());
      write(writer, "record");
      writer.closeWithFooter(record("footer"));
      writer.closeWithFooter(record("second footer"));
      String said = reported(() -> write(writer, "late"));
      assertEquals(1, writer.refusedRecords());
      assertTrue(said.startsWith("tracing4j: stderr was closed when a record arrived"), said);
    } finally {
      System.setErr(previous);
    }
    assertEquals("record\nfooter\n", bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theDropNoticeComesBeforeTheFooter() throws Exception {
    StalledStream stream = new StalledStream();
    OutputWriter writer = OutputWriter.open(Output.stream(stream, "stalled"),
        OutputWriter.options().capacityBytes(1024).overflow(Overflow.DROP)
            .dropNotice(count -> record("dropped " + count)));
    write(writer, "first");
    assertTrue(stream.firstWriteStarted.await(5, TimeUnit.SECONDS));
    for (int i = 0; i < 200; i++) {
      write(writer, String.format("record %012d", i));
    }
    Thread closer = new Thread(() -> writer.closeWithFooter(record("footer")));
    closer.start();
    stream.release.countDown();
    closer.join();

    List<String> lines = List.of(stream.text().split("\n"));
    assertEquals("footer", lines.get(lines.size() - 1));
    String notice = lines.get(lines.size() - 2);
    assertTrue(notice.startsWith("dropped "), notice);
    assertEquals(200, lines.size() - 3 + Long.parseLong(notice.substring("dropped ".length())));
  }

  @Test
  void afterAFullDiskRecordsAreWholeAgainAndTheLostOnesAreCounted() {
    // "record-01\n" is 10 bytes: nine fit in 95, the tenth stops half-way.
    FullDiskChannel disk = new FullDiskChannel(95);
    OutputWriter writer = OutputWriter.open(Output.channel(disk, "disk"),
        OutputWriter.options().dropNotice(count -> record("dropped " + count)));
    String said = reported(() -> {
      for (int i = 1; i <= 12; i++) {
        write(writer, String.format("record-%02d", i));
        writer.flush();
      }
    });
    disk.makeRoom(1000);
    write(writer, "record-13");
    writer.close();

    StringBuilder expected = new StringBuilder();
    for (int i = 1; i <= 9; i++) {
      expected.append(String.format("record-%02d%n", i));
    }
    expected.append("record-13\ndropped 3\n");
    assertEquals(expected.toString(), disk.text(),
        "the partial record is cut off, and the count of lost ones follows the next record");
    assertTrue(said.contains("tracing4j: writing to disk failed")
        && said.contains("No space left on device"), said);
  }

  @Test
  void aFailingStreamLosesItsBatchAndTheCountFollowsOnceItWorksAgain() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean[] full = {true};
    OutputStream stream = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (full[0]) {
          throw new IOException("No space left on device");
        }
        bytes.write(b, off, len);
      }
    };
    OutputWriter writer = OutputWriter.open(Output.stream(stream, "stream"),
        OutputWriter.options().dropNotice(count -> record("dropped " + count)));
    reported(() -> {
      write(writer, "lost");
      writer.flush();
    });
    full[0] = false;
    write(writer, "kept");
    writer.close();
    assertEquals("kept\ndropped 1\n", bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void afterCloseTheStandardStreamsAreWrittenDirectly() {
    PrintStream previous = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      OutputWriter writer = OutputWriter.open(Output.stderr(), OutputWriter.options());
      write(writer, "before");
      writer.close();
      write(writer, "during shutdown");
    } finally {
      System.setErr(previous);
    }
    assertEquals("before\nduring shutdown\n", bytes.toString(StandardCharsets.UTF_8),
        "what is recorded after the writer closed, while the JVM exits, still reaches stderr");
  }
}
