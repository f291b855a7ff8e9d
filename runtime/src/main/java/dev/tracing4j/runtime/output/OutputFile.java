package dev.tracing4j.runtime.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Opens an output file safely in a directory others can write to, such as the working directory
 * where {@code trace-<pid>.json} goes: a symbolic link planted at the path is refused rather than
 * followed (so it cannot make tracing4j empty or append to another file), and a file tracing4j
 * creates can be read and written by its owner only, since traces hold the values of method
 * arguments. A file that exists keeps its permissions.
 */
final class OutputFile {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private OutputFile() {}

  /** Opens {@code path} for writing, emptied first if {@code truncate}, else appended to. */
  static FileChannel open(Path path, boolean truncate) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        truncate ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND,
        LinkOption.NOFOLLOW_LINKS);
    try {
      return FileChannel.open(path, options, permissions(path));
    } catch (IOException e) {
      if (Files.isSymbolicLink(path)) {
        throw symbolicLink(path);
      }
      throw e;
    }
  }

  private static FileAttribute<?>[] permissions(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
  }

  private static FileSystemException symbolicLink(Path path) {
    String target;
    try {
      target = " (to " + Files.readSymbolicLink(path) + ")";
    } catch (IOException | UnsupportedOperationException unreadable) {
      target = "";
    }
    return new FileSystemException(path.toString(), null, "it is a symbolic link" + target
        + ", which tracing4j does not follow, so that a link planted there cannot redirect the"
        + " output; name the file itself, or stdout or stderr");
  }
}
