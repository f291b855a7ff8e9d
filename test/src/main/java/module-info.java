/**
 * tracing4j's test kit for JUnit 5: {@link dev.tracing4j.test.TracingExtension} records what each
 * test traces, on every thread it hands work to, into a {@link dev.tracing4j.test.RecordedTrace};
 * {@link dev.tracing4j.test.TracingAssertions} checks it and shows the recorded tree on failure.
 *
 * <pre>{@code
 * open module com.shop.test {
 *   requires dev.tracing4j.test;
 *   requires org.junit.jupiter.api;
 * }
 * }</pre>
 */
module dev.tracing4j.test {
  requires transitive dev.tracing4j.core;
  requires transitive org.junit.jupiter.api;
  requires dev.tracing4j.runtime;

  exports dev.tracing4j.test;
}
