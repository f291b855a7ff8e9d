package dev.tracing4j.processor;

/**
 * Leaves one type ungenerated after its errors were reported: {@link ErrorReporter} throws it and
 * {@link InstrumentProcessor} catches it per type, so the other types are still generated. It
 * carries no message or stack trace, since everything the user needs was already reported.
 */
final class AbortProcessingException extends RuntimeException {
  AbortProcessingException() {
    super(null, null, false, false);
  }
}
