package dev.tracing4j.timeline;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium, as Debian's {@code chromium} package installs it, run once per page: it
 * loads a file, runs its scripts, and gives back the DOM as it then is, what the page wrote to
 * the console, and optionally a screenshot. Nothing is downloaded: background networking,
 * component updates and sync are off, and a fresh profile is used each time.
 */
final class Chromium {
  private static final long TIMEOUT_SECONDS = 120;

  private final Path binary;

  private Chromium(Path binary) {
    this.binary = binary;
  }

  /** The browser, or a test failure that says how to install it. */
  static Chromium find() {
    Optional<Path> found = Optional.ofNullable(System.getProperty("chromium"))
        .or(() -> Optional.ofNullable(System.getenv("CHROMIUM")))
        .map(Path::of)
        .or(() -> onPath("chromium", "chromium-browser", "google-chrome"));
    if (found.isEmpty() || !Files.isExecutable(found.get())) {
      fail("The timeline's browser tests need headless Chromium, and none was found"
          + (found.isPresent() ? " at " + found.get() : " on the PATH") + ". Install it with"
          + " `apt-get install -y chromium` (.ci/run does), or name the binary with"
          + " -Dchromium=/path/to/chromium.");
    }
    return new Chromium(found.get());
  }

  private static Optional<Path> onPath(String... names) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator))
        .flatMap(dir -> Stream.of(names).map(name -> Path.of(dir, name)))
        .filter(Files::isExecutable).findFirst();
  }

  /** What the browser showed. */
  record Result(String dom, List<String> console) {
    /** Console lines that report an error: an uncaught exception or a refused request. */
    List<String> errors() {
      return console.stream().filter(line -> line.contains("Uncaught")
          || line.contains("Refused to") || line.contains("Error") || line.contains(":ERROR:CONSOLE"))
          .toList();
    }
  }

  /**
   * Loads {@code page} (with {@code fragment} after a {@code #}, or none) and returns the DOM once
   * its scripts ran; with {@code screenshot}, also saves a 1400x900 PNG there.
   */
  Result load(Path page, String fragment, Path screenshot, Path scratch) throws IOException,
      InterruptedException {
    Path profile = Files.createTempDirectory(scratch, "chromium-profile");
    String url = page.toAbsolutePath().toUri() + (fragment == null ? "" : "#" + fragment);
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--user-data-dir=" + profile, "--enable-logging=stderr",
        "--v=0", "--window-size=1400,900", "--virtual-time-budget=5000"));
    if (screenshot != null) {
      Files.createDirectories(screenshot.toAbsolutePath().getParent());
      command.add("--screenshot=" + screenshot.toAbsolutePath());
    }
    command.add("--dump-dom");
    command.add(url);
    Path stdout = scratch.resolve("chromium-" + System.nanoTime() + ".out");
    Path stderr = scratch.resolve("chromium-" + System.nanoTime() + ".err");
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("Chromium did not finish loading " + url + " within " + TIMEOUT_SECONDS + " s");
    }
    String dom = Files.readString(stdout, StandardCharsets.UTF_8);
    List<String> console = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
        .filter(line -> line.contains("CONSOLE")).toList();
    if (dom.isBlank()) {
      fail("Chromium printed no DOM for " + url + " (exit " + process.exitValue() + "):\n"
          + Files.readString(stderr, StandardCharsets.UTF_8));
    }
    return new Result(dom, console);
  }
}
