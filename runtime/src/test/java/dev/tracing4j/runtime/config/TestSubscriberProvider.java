package dev.tracing4j.runtime.config;

import dev.tracing4j.runtime.registry.RecordingLayer;
import dev.tracing4j.runtime.registry.Registry;
import dev.tracing4j.runtime.spi.Subscriber;

/** Registered in the test resources to check that providers are found by name. */
public final class TestSubscriberProvider implements SubscriberProvider {
  @Override
  public String name() {
    return "test-provider";
  }

  @Override
  public Subscriber create(TracingConfig config) {
    return Registry.builder().with(new RecordingLayer(), config.filter()).build();
  }
}
