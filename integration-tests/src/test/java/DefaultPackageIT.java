import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracing4j.it.Trace;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A class in the default package is instrumented too. */
class DefaultPackageIT {

  @Test
  void isInstrumented() {
    Trace trace = Trace.start();
    assertEquals("ABC", new InstrumentedDefaultPackageTask().run("abc"));
    Trace.RecordedSpan run = trace.span("run");
    assertEquals("DefaultPackageTask", run.target);
    assertEquals(Map.of("input", "abc"), run.fields());
    assertEquals(Map.of("return", "ABC"), trace.eventsIn(run).get(0).fields());
  }
}
