package dev.tracing4j.it;

import static dev.tracing4j.test.TracingAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracing4j.test.RecordedTrace;
import dev.tracing4j.test.TracingExtension;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** java.util.logging, routed by SLF4J's own bridge, arrives as tracing4j events. */
@ExtendWith(TracingExtension.class)
class JulThroughSlf4jIT {

  @AfterEach
  void uninstall() {
    SLF4JBridgeHandler.uninstall();
  }

  @Test
  void julRecordsBecomeEventsThroughTheSlf4jBridge(RecordedTrace trace) {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    Logger jul = Logger.getLogger("com.shop.legacy.Gateway");
    jul.info("connected");
    jul.log(Level.WARNING, "slow reply from {0}", "the bank");

    assertEquals(" INFO com.shop.legacy.Gateway: connected\n"
        + " WARN com.shop.legacy.Gateway: slow reply from the bank\n", trace.fmt());
    assertThat(trace).event(dev.tracing4j.Level.WARN, "slow reply from the bank")
        .hasTarget("com.shop.legacy.Gateway").isOutsideAnySpan();
  }
}
