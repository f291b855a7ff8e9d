package dev.tracing4j.slf4j;

import dev.tracing4j.runtime.Tracing;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J 2 provider that records every log call as a tracing4j event. SLF4J finds it on the
 * class path through {@code ServiceLoader}; nothing else is configured: the subscriber, its
 * filter and its output are tracing4j's ({@code tracing4j.subscriber}, {@code tracing4j.filter},
 * ...). When SLF4J starts, the provider calls {@link Tracing#init()}, so that what is logged is
 * printed as by any SLF4J backend: through {@code fmt} to stderr unless configured otherwise.
 *
 * <pre>{@code
 * private static final Logger log = LoggerFactory.getLogger(OrderService.class);
 * log.info("placed order {}", id);     // an INFO event, target com.shop.OrderService, in the current spans
 * }</pre>
 */
public final class TracingServiceProvider implements SLF4JServiceProvider {

  /** The SLF4J API version this provider is written against: any 2.0.x. */
  private static final String REQUESTED_API_VERSION = "2.0.99";

  private ILoggerFactory loggerFactory;
  private IMarkerFactory markerFactory;
  private TracingMdcAdapter mdcAdapter;

  /**
   * Installs the configured subscriber, {@code fmt} when none is named, unless one was installed
   * in code already: an application that logs through SLF4J expects its logs to appear.
   */
  @Override
  public void initialize() {
    Tracing.init();
    mdcAdapter = new TracingMdcAdapter();
    loggerFactory = new TracingLoggerFactory(mdcAdapter);
    markerFactory = new BasicMarkerFactory();
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggerFactory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markerFactory;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdcAdapter;
  }

  @Override
  public String getRequestedApiVersion() {
    return REQUESTED_API_VERSION;
  }
}
