package dev.tracing4j.console;

import java.util.List;
import java.util.Map;

/**
 * The list at one aggregation: every row, the counts per kind and state, and what changed since
 * the aggregation before, which {@code /api/updates} sends.
 *
 * @param seq the aggregation's number, from 1
 * @param nowEpochMicros when it was made
 * @param rows the listed rows by id, open ones past {@link Aggregator#MAX_OPEN_ROWS} left out
 * @param omitted how many open rows were left out
 * @param taskCounts tasks per state, of every task, listed or left out
 * @param spanCounts root spans per state
 * @param changed the rows that differ from the aggregation before (all of them for the first)
 * @param removed ids listed before and no longer
 */
record Snapshot(long seq, long nowEpochMicros, List<RowView> rows, int omitted,
    Map<TaskState, Integer> taskCounts, Map<TaskState, Integer> spanCounts,
    List<RowView> changed, List<Long> removed) {}
