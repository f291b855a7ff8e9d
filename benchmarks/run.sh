#!/usr/bin/env bash
# Runs every benchmark (tracing4j and its peers) in one JMH run, then prints a Markdown table of
# the results and of the ratios the goals are stated in. About 7 minutes on 2 cores.
# Extra arguments go to JMH, e.g. a regex to run part of the suite: benchmarks/run.sh Event
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -pl benchmarks -am -DskipTests package
results=benchmarks/target/results.json
# Two JVMs per benchmark, five one-second iterations each: one JVM's iterations agree with each
# other far better than JVMs do (eight forks of the fmt event: 194 to 321 ns), so the report
# judges every goal on the medians with the range the two JVMs' own medians allow.
java -jar benchmarks/target/benchmarks.jar \
  -f 2 -wi 2 -w 2s -i 5 -r 1s -prof gc -rf json -rff "$results" "$@"
echo
java -cp benchmarks/target/benchmarks.jar dev.tracing4j.benchmarks.Report "$results"
