package dev.tracing4j.slf4j;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.EventBuilder;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.spi.DisplayValue;
import java.util.List;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

/**
 * A logger that records each call as an event of the tracer named like it: the level maps one to
 * one, the formatted message is the event's message, key-values of the fluent API and the
 * thread's MDC entries are fields, and a throwable is the field {@code error}. Whether a level is enabled is the tracer's cached
 * answer, so a disabled call costs what a disabled tracing4j event costs.
 */
final class TracingLogger extends LegacyAbstractLogger implements LoggingEventAware {

  private static final long serialVersionUID = 1L;
  /** The field a logged throwable is recorded in, as {@code @Instrument(err = true)} does. */
  static final String ERROR = "error";

  private final transient Tracer tracer;
  private final transient TracingMdcAdapter mdc;

  TracingLogger(String name, TracingMdcAdapter mdc) {
    this.name = name;
    this.tracer = Tracer.of(name);
    this.mdc = mdc;
  }

  @Override
  public boolean isTraceEnabled() {
    return tracer.isEnabled(Level.TRACE);
  }

  @Override
  public boolean isDebugEnabled() {
    return tracer.isEnabled(Level.DEBUG);
  }

  @Override
  public boolean isInfoEnabled() {
    return tracer.isEnabled(Level.INFO);
  }

  @Override
  public boolean isWarnEnabled() {
    return tracer.isEnabled(Level.WARN);
  }

  @Override
  public boolean isErrorEnabled() {
    return tracer.isEnabled(Level.ERROR);
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null; // events carry no caller location
  }

  /** The classic API ({@code log.info("placed {}", id)}). */
  @Override
  protected void handleNormalizedLoggingCall(org.slf4j.event.Level level, Marker marker,
      String messagePattern, Object[] arguments, Throwable throwable) {
    record(level, messagePattern, arguments, throwable, List.of());
  }

  /** The fluent API ({@code log.atInfo().addKeyValue("order.id", 42).log("placed")}). */
  @Override
  public void log(LoggingEvent event) {
    List<KeyValuePair> pairs = event.getKeyValuePairs();
    record(event.getLevel(), event.getMessage(), event.getArgumentArray(), event.getThrowable(),
        pairs == null ? List.of() : pairs);
  }

  /**
   * Records one call. A throwable that ends the arguments is the call's throwable, not a
   * message argument, as SLF4J providers read it ({@code log.error("failed {}", id, e)}), also
   * when it is the only argument.
   */
  private void record(org.slf4j.event.Level level, String messagePattern, Object[] arguments,
      Throwable throwable, List<KeyValuePair> pairs) {
    EventBuilder event = tracer.at(levelOf(level));
    if (event.isDisabled()) {
      return;
    }
    if (throwable == null) {
      throwable = MessageFormatter.getThrowableCandidate(arguments);
      if (throwable != null) {
        arguments = MessageFormatter.trimmedCopy(arguments);
      }
    }
    for (KeyValuePair pair : pairs) {
      if (pair.key != null) {
        event.field(pair.key, pair.value);
      }
    }
    recordMdc(event);
    if (throwable != null) {
      event.field(ERROR, DisplayValue.of(throwable)); // a string, as @Instrument(err) records it
    }
    event.log(arguments == null || arguments.length == 0
        ? messagePattern : MessageFormatter.basicArrayFormat(messagePattern, arguments));
  }

  /** The thread's MDC entries as string fields, in the order they were put; read in place. */
  private void recordMdc(EventBuilder event) {
    Map<String, String> entries = mdc.current();
    if (entries == null) {
      return;
    }
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      event.field(entry.getKey(), entry.getValue());
    }
  }

  private static Level levelOf(org.slf4j.event.Level level) {
    return switch (level) {
      case TRACE -> Level.TRACE;
      case DEBUG -> Level.DEBUG;
      case INFO -> Level.INFO;
      case WARN -> Level.WARN;
      case ERROR -> Level.ERROR;
    };
  }
}
