package dev.tracing4j.runtime;

/** The scope of a disabled span. */
enum NoopScope implements Scope {
  INSTANCE;

  @Override
  public void close() {}
}
