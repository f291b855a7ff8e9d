package dev.tracing4j.runtime.registry;

import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Metadata;

/**
 * An event as layers see it. Layers are called on the thread that recorded the event, so {@code
 * Thread.currentThread()} is the thread the event happened on.
 *
 * <pre>{@code
 * public void onEvent(Event event, Context ctx) {
 *   if (event.metadata().level() == Level.ERROR) alerts.send(event.fields().toString());
 * }
 * }</pre>
 *
 * @param metadata the event's callsite
 * @param fields its fields, the message first under the name {@link FieldValues#MESSAGE}; valid only during
 *     the call
 * @param parent the span it happened in, or {@code null}
 */
public record Event(Metadata metadata, FieldValues fields, SpanData parent) {}
