/**
 * The {@code json} layer, one JSON object per line, and the pieces any JSON-writing layer can use:
 * {@link dev.tracing4j.runtime.json.JsonLines} (a reusable per-thread generator) and {@link
 * dev.tracing4j.runtime.json.JsonFieldWriter} (typed field values). Output is written with
 * jackson-core's streaming generator; no object mapping happens on the hot path.
 *
 * <pre>
 * {"timestamp":"2026-11-24T10:15:30.123456Z","level":"INFO","target":"com.shop.OrderService","thread":"main","fields":{"message":"placed","ok":true},"span":{"id":7,"name":"place","order.id":42},"spans":[{"id":3,"name":"handle","request.id":"r-1"},{"id":7,"name":"place","order.id":42}]}
 * </pre>
 */
package dev.tracing4j.runtime.json;
