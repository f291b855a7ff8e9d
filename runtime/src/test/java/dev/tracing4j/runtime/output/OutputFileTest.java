package dev.tracing4j.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files are opened safely in a directory others may write to. */
class OutputFileTest {

  @TempDir
  Path dir;

  private static void write(OutputWriter writer, String text) {
    byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
    writer.write(bytes, 0, bytes.length);
  }

  @Test
  void aSymbolicLinkPlantedAtTheOutputPathIsRefusedAndItsTargetLeftAlone() throws Exception {
    Path target = Files.writeString(dir.resolve("precious.txt"), "precious\n");
    Path link = Files.createSymbolicLink(dir.resolve("trace-1234.json"), target);
    for (Output output : List.of(Output.newFile(link), Output.file(link))) {
      UncheckedIOException refused = assertThrows(UncheckedIOException.class,
          () -> OutputWriter.open(output, OutputWriter.options()));
      assertEquals("cannot open " + link + " for writing: it is a symbolic link (to " + target
          + "), which tracing4j does not follow, so that a link planted there cannot redirect"
          + " the output; name the file itself, or stdout or stderr", refused.getMessage());
    }
    assertEquals("precious\n", Files.readString(target), "neither emptied nor appended to");
  }

  @Test
  void aFileItCreatesIsReadableAndWritableByItsOwnerOnly() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("logs/app.log");
    OutputWriter writer = OutputWriter.open(Output.file(file), OutputWriter.options());
    write(writer, "line");
    writer.close();
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(List.of("line"), Files.readAllLines(file));
  }

  @Test
  void aFileThatExistsKeepsItsPermissionsAndIsAppendedTo() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = Files.writeString(dir.resolve("shared.log"), "earlier\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    OutputWriter writer = OutputWriter.open(Output.file(file), OutputWriter.options());
    write(writer, "line");
    writer.close();
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(List.of("earlier", "line"), Files.readAllLines(file));
  }

  @Test
  void aSymbolicLinkInTheDirectoriesAboveIsFollowed() throws Exception {
    Path real = Files.createDirectory(dir.resolve("real"));
    Path linked = Files.createSymbolicLink(dir.resolve("linked"), real);
    OutputWriter writer = OutputWriter.open(Output.newFile(linked.resolve("trace.json")),
        OutputWriter.options());
    write(writer, "{}");
    writer.close();
    assertEquals(List.of("{}"), Files.readAllLines(real.resolve("trace.json")),
        "only the last part of the path must not be a link: a home on a linked volume is fine");
  }
}
