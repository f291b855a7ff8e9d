package dev.tracing4j.slf4j;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/** One {@link TracingLogger} per logger name, all reading the provider's MDC. */
final class TracingLoggerFactory implements ILoggerFactory {

  private final ConcurrentMap<String, TracingLogger> loggers = new ConcurrentHashMap<>();
  private final TracingMdcAdapter mdc;

  TracingLoggerFactory(TracingMdcAdapter mdc) {
    this.mdc = mdc;
  }

  @Override
  public Logger getLogger(String name) {
    return loggers.computeIfAbsent(name, n -> new TracingLogger(n, mdc));
  }
}
