/**
 * The vocabulary shared by instrumented code and subscribers, in the spirit of Rust's {@code
 * tracing-core}: {@link dev.tracing4j.runtime.spi.Metadata} describes a callsite, a {@link
 * dev.tracing4j.runtime.spi.Subscriber} records spans and events, and {@link
 * dev.tracing4j.runtime.spi.Interest} is what a subscriber answers once per callsite so that
 * disabled callsites cost a single cached read.
 *
 * <p>Most users never touch this package: they pick a subscriber with configuration or build one
 * from {@code Registry} of {@code tracing4j-runtime} and layers. It is for those writing a
 * subscriber or a layer of their own.
 *
 * <pre>{@code
 * final class CountingSubscriber implements Subscriber {
 *   final LongAdder events = new LongAdder();
 *   public boolean enabled(Metadata metadata, SpanHandle current) { return true; }
 *   public void event(Metadata metadata, FieldValues fields, SpanHandle parent) { events.increment(); }
 *   ...
 * }
 * }</pre>
 */
package dev.tracing4j.runtime.spi;
