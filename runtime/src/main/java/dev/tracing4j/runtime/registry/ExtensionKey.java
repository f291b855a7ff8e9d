package dev.tracing4j.runtime.registry;

/**
 * Names a piece of per-span state that a layer or filter keeps in {@link SpanData}. Each owner
 * creates its own key, so two instances of the same layer never see each other's state.
 *
 * <pre>{@code
 * private final ExtensionKey<String> formattedFields = new ExtensionKey<>("fmt fields");
 * span.putExtension(formattedFields, text);
 * String text = span.extension(formattedFields);
 * }</pre>
 *
 * @param <T> the type of the stored value
 */
public final class ExtensionKey<T> {
  private final String description;

  /** A new key; {@code description} only helps debugging. */
  public ExtensionKey(String description) {
    this.description = description;
  }

  @Override
  public String toString() {
    return description;
  }
}
