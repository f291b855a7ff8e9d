#!/usr/bin/env bash
# Runs every benchmark (tracing4j and its peers) in one JMH run, then prints a Markdown table of
# the results and of the ratios the goals are stated in. About 6 minutes on 2 cores.
# Extra arguments go to JMH, e.g. a regex to run part of the suite: benchmarks/run.sh Event
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -pl benchmarks -am -DskipTests package
results=benchmarks/target/results.json
# Ten one-second iterations rather than five of two: the same time, and JMH's 99.9% error bars,
# which the report judges every goal with, come out about half as wide.
java -jar benchmarks/target/benchmarks.jar \
  -f 1 -wi 3 -w 2s -i 10 -r 1s -prof gc -rf json -rff "$results" "$@"
echo
java -cp benchmarks/target/benchmarks.jar dev.tracing4j.benchmarks.Report "$results"
