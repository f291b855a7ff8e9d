package dev.tracing4j.slf4j;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/** One {@link TracingLogger} per logger name. */
final class TracingLoggerFactory implements ILoggerFactory {

  private final ConcurrentMap<String, TracingLogger> loggers = new ConcurrentHashMap<>();

  @Override
  public Logger getLogger(String name) {
    return loggers.computeIfAbsent(name, TracingLogger::new);
  }
}
