package dev.tracing4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracing4j.runtime.Tracing;
import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.registry.Layer;
import dev.tracing4j.runtime.registry.Registry;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** java.util.logging, routed by SLF4J's own bridge, arrives as tracing4j events. */
class JulThroughSlf4jIT {

  @AfterEach
  void uninstall() {
    SLF4JBridgeHandler.uninstall();
  }

  @Test
  void julRecordsBecomeEventsThroughTheSlf4jBridge() {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    List<String> events = new ArrayList<>();
    Layer layer = new Layer() {
      @Override
      public void onEvent(Event event, Context ctx) {
        events.add(event.metadata().level() + " " + event.metadata().target() + " "
            + event.fields());
      }
    };
    Tracing.withDefault(Registry.builder().with(layer).build(), () -> {
      Logger jul = Logger.getLogger("com.shop.legacy.Gateway");
      jul.info("connected");
      jul.log(Level.WARNING, "slow reply from {0}", "the bank");
    });
    assertEquals(List.of("INFO com.shop.legacy.Gateway message=\"connected\"",
        "WARN com.shop.legacy.Gateway message=\"slow reply from the bank\""), events);
  }
}
