/**
 * {@code @Instrument} and {@code Level}: what application code annotates, read at compile time by
 * {@code tracing4j-processor}.
 *
 * <pre>{@code
 * module com.shop {
 *   requires dev.tracing4j.runtime;   // brings dev.tracing4j.annotations with it
 * }
 * }</pre>
 */
module dev.tracing4j.annotations {
  exports dev.tracing4j;
}
