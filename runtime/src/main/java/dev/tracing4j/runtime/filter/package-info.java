/**
 * {@link dev.tracing4j.runtime.filter.EnvFilter}: which spans and events to record, written as
 * directives in the syntax of Rust's {@code EnvFilter}.
 *
 * <pre>{@code
 * EnvFilter.parse("warn");                            // WARN and ERROR everywhere
 * EnvFilter.parse("com.shop=debug,info");             // DEBUG and up under com.shop, INFO elsewhere
 * EnvFilter.parse("info,[place{order.id=42}]=trace"); // everything inside order 42's span
 * EnvFilter.parse("info,[GET /orders]=debug");        // span names are taken verbatim
 * }</pre>
 *
 * <p>Static directives are decided per callsite ({@code Directive}); span directives keep a
 * {@code SpanMatch} on each span they could match, and each thread's entered matching spans in a
 * {@code ScopeStack}.
 */
package dev.tracing4j.runtime.filter;
