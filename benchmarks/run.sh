#!/usr/bin/env bash
# Builds the benchmarks and runs every one of them (about 5 minutes on 2 cores), then prints the
# results and the targets as a markdown table (docs/performance.md). Extra arguments go to JMH,
# e.g. a benchmark name pattern: benchmarks/run.sh EvaluateBenchmark
#
# benchmarks/run.sh scale [SIZES [MODE]] instead runs the two plain-main measurements of issue 11
# (5 to 9 minutes on 2 cores): StreamingScale, 10,000 to 1,000,000 units streamed through
# evaluateAll and RankingAccumulator in a 256 MiB heap, then ScorecardFootprint, the heap kept per
# scorecard (1 GiB heap). SIZES and MODE go to StreamingScale (its Javadoc); the exit status is
# StreamingScale's (1 if a cohort did not complete).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl benchmarks -am package -DskipTests
if [[ "${1:-}" == scale ]]; then
  shift
  status=0
  java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.rubric.benchmarks.StreamingScale "$@" \
    || status=$?
  java -Xmx1g -cp benchmarks/target/benchmarks.jar dev.rubric.benchmarks.ScorecardFootprint
  exit "$status"
fi
java -jar benchmarks/target/benchmarks.jar -f 1 -wi 6 -w 1s -i 3 -r 1s -prof gc \
  -rf json -rff benchmarks/target/jmh.json "$@"
java -cp benchmarks/target/benchmarks.jar dev.rubric.benchmarks.Report benchmarks/target/jmh.json
