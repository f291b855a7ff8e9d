/**
 * Testing what code traces, with JUnit 5.
 *
 * <p>{@link dev.tracing4j.test.TracingExtension} gives each test a fresh {@link
 * dev.tracing4j.test.RecordedTrace}: immutable {@link dev.tracing4j.test.RecordedSpan}s and
 * {@link dev.tracing4j.test.RecordedEvent}s in the order they happened, as a tree ({@code roots()},
 * {@code children(span)}), and as fmt text without timestamps ({@code fmt()}).
 * {@link dev.tracing4j.test.TracingAssertions} states expectations in the domain's words; a
 * failure prints the recorded tree.
 *
 * <pre>{@code
 * @ExtendWith(TracingExtension.class)
 * class CheckoutTest {
 *   @Test
 *   void aDeclinedCardIsAnErrorInsideTheCharge(RecordedTrace trace) {
 *     shop.checkout(order).join();
 *     assertThat(trace).span("charge")
 *         .hasParent("checkout")
 *         .hasEvent(Level.ERROR, "declined")
 *         .isClosed();
 *     assertTrue(trace.fmt().contains("checkout{request.id=\"r-1\"}:charge{"));
 *   }
 * }
 * }</pre>
 */
package dev.tracing4j.test;
