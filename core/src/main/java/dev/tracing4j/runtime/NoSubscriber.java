package dev.tracing4j.runtime;

import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Interest;
import dev.tracing4j.runtime.spi.Metadata;
import dev.tracing4j.runtime.spi.SpanHandle;
import dev.tracing4j.runtime.spi.Subscriber;

/** The default before anything is installed: wants nothing, so every callsite caches "never". */
enum NoSubscriber implements Subscriber {
  INSTANCE;

  @Override
  public Interest registerCallsite(Metadata metadata) {
    return Interest.NEVER;
  }

  @Override
  public boolean enabled(Metadata metadata, SpanHandle current) {
    return false;
  }

  @Override
  public SpanHandle newSpan(Metadata metadata, FieldValues fields, SpanHandle parent) {
    return null;
  }

  @Override
  public void record(SpanHandle span, FieldValues values) {}

  @Override
  public void event(Metadata metadata, FieldValues fields, SpanHandle parent) {}

  @Override
  public void enter(SpanHandle span) {}

  @Override
  public void exit(SpanHandle span) {}

  @Override
  public void close(SpanHandle span) {}
}
