import static dev.tracing4j.test.TracingAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracing4j.Level;
import dev.tracing4j.test.RecordedTrace;
import dev.tracing4j.test.TracingExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A class in the default package is instrumented too. */
@ExtendWith(TracingExtension.class)
class DefaultPackageIT {

  @Test
  void isInstrumented(RecordedTrace trace) {
    assertEquals("ABC", new InstrumentedDefaultPackageTask().run("abc"));
    assertThat(trace).span("run").hasTarget("DefaultPackageTask")
        .event(Level.INFO, "").hasField("return", "ABC");
    assertEquals(Map.of("input", "abc"), trace.span("run").fields());
  }
}
