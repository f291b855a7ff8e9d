package dev.tracing4j.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;

/** The attribute keys the layer writes itself, made once. */
final class Names {

  static final AttributeKey<String> CODE_NAMESPACE = AttributeKey.stringKey("code.namespace");
  static final AttributeKey<String> CODE_FILEPATH = AttributeKey.stringKey("code.filepath");
  static final AttributeKey<Long> CODE_LINENO = AttributeKey.longKey("code.lineno");
  static final AttributeKey<String> THREAD_NAME = AttributeKey.stringKey("thread.name");
  static final AttributeKey<Long> BUSY_NS = AttributeKey.longKey("busy_ns");
  static final AttributeKey<Long> IDLE_NS = AttributeKey.longKey("idle_ns");

  static final AttributeKey<String> LEVEL = AttributeKey.stringKey("level");
  static final AttributeKey<String> TARGET = AttributeKey.stringKey("target");
  static final AttributeKey<String> EXCEPTION_TYPE = AttributeKey.stringKey("exception.type");
  static final AttributeKey<String> EXCEPTION_MESSAGE = AttributeKey.stringKey("exception.message");
  static final AttributeKey<String> EXCEPTION_STACKTRACE =
      AttributeKey.stringKey("exception.stacktrace");

  /** The name of a span event whose tracing4j event has no message. */
  static final String UNNAMED_EVENT = "event";
  /** The span event an {@code @Instrument(err = true)} error becomes. */
  static final String EXCEPTION_EVENT = "exception";
  /** The field of that error event. */
  static final String ERROR_FIELD = "error";

  private Names() {}
}
