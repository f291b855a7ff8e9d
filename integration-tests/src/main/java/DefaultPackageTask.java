import dev.tracing4j.Instrument;

/** A class in the default package. */
public class DefaultPackageTask {
  @Instrument(ret = true)
  public String run(String input) {
    return input.toUpperCase(java.util.Locale.ROOT);
  }
}
