import dev.tracing4j.Instrument;

public class Plain {
  @Instrument
  public void run() {}
}
