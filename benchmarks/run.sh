#!/usr/bin/env bash
# Builds the benchmarks and runs every one of them (about 5 minutes on 2 cores), then prints the
# results and the targets as a markdown table (docs/performance.md). Extra arguments go to JMH,
# e.g. a benchmark name pattern: benchmarks/run.sh EvaluateBenchmark
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl benchmarks -am package -DskipTests
java -jar benchmarks/target/benchmarks.jar -f 1 -wi 6 -w 1s -i 3 -r 1s -prof gc \
  -rf json -rff benchmarks/target/jmh.json "$@"
java -cp benchmarks/target/benchmarks.jar dev.rubric.benchmarks.Report benchmarks/target/jmh.json
