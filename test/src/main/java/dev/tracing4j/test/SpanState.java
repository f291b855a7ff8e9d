package dev.tracing4j.test;

import dev.tracing4j.runtime.registry.SpanData;
import java.util.ArrayList;
import java.util.List;

/**
 * What a test's recording keeps about one of its spans while the test runs. The registry's {@link
 * SpanData} holds the fields and the timing; the lists here are guarded by the recording.
 */
final class SpanState {
  final TestRecording recording;
  final SpanData data;
  /** The parent when the same test owns it, else {@code null}: the span is a root of the trace. */
  final SpanState parent;
  final String thread;
  /** Position among the recording's spans. */
  final int index;
  final List<RecordedSpan.Transition> lifecycle = new ArrayList<>();
  final List<SpanState> followsFrom = new ArrayList<>();

  SpanState(TestRecording recording, SpanData data, SpanState parent, String thread, int index) {
    this.recording = recording;
    this.data = data;
    this.parent = parent;
    this.thread = thread;
    this.index = index;
  }
}
