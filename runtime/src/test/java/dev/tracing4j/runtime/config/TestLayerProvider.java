package dev.tracing4j.runtime.config;

import dev.tracing4j.runtime.registry.Layer;

/** Registered in the test resources to check that providers are found by name. */
public final class TestLayerProvider implements LayerProvider {

  /** The layer this provider creates, with the settings it was given. */
  public static final class TestLayer implements Layer {
    public final LayerSettings settings;

    TestLayer(LayerSettings settings) {
      this.settings = settings;
    }
  }

  @Override
  public String name() {
    return "test-provider";
  }

  @Override
  public Layer create(LayerSettings settings) {
    if (settings.value("reject").isPresent()) {
      throw settings.invalid("reject", "expected nothing at all");
    }
    return new TestLayer(settings);
  }
}
