package dev.tracing4j.timeline;

/**
 * An event as the timeline keeps it.
 *
 * @param time nanoseconds since the recording started
 * @param level the level's ordinal, {@code TRACE} 0 to {@code ERROR} 4
 * @param message the message, or the callsite's name when it has none
 * @param fields names and values, alternating
 * @param thread the index of the thread it happened on in {@link ThreadNames}
 */
record EventRecord(long time, int level, String message, String[] fields, int thread) {}
