/**
 * Pieces shared by the formatting layers ({@code fmt}, {@code json}, {@code chrome}): which span
 * lifecycle events to print, timestamps, durations, and the safe conversion of recorded objects to
 * text.
 */
package dev.tracing4j.runtime.format;
