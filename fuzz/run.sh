#!/usr/bin/env bash
# Fuzzes Rubric's targets with Jazzer's command-line fuzzer (coverage-guided, libFuzzer inside).
# Needs the module's test classes and classpath, which any build that reaches test-compile makes:
#   mvn -B -ntp -pl fuzz -am test-compile
#
#   bash fuzz/run.sh smoke              # every target for 6 s each (CI runs this)
#   bash fuzz/run.sh long RUNS          # every target for RUNS inputs each (the documented long run)
#   bash fuzz/run.sh CompileFuzzTest -max_total_time=600   # one target, any libFuzzer flags
#
# New inputs that reach new code go to fuzz/target/corpus/<target> (kept between runs of one clone);
# Jazzer adds the seeds itself: the files Maven copied into target/test-classes/…/<Target>Inputs/. An input that fails a target is
# written to fuzz/target/findings/ and the script exits with status 1; keep it as a regression test
# by copying it into fuzz/src/test/resources/dev/rubric/fuzz/<Target>Inputs/<method>/.
# Prints one line per target: its name, the inputs run, the seconds taken and the verdict.
set -uo pipefail
cd "$(dirname "$0")"

targets=(CompileFuzzTest:compile EvidenceJsonFuzzTest:readEvidence EvidenceCsvFuzzTest:readCsv
  EvidenceXlsxFuzzTest:readXlsx ScorecardJsonFuzzTest:readScorecard
  AssessmentJsonFuzzTest:readAssessment AssessmentCsvFuzzTest:readAssessmentCsv
  WaiversJsonFuzzTest:readWaivers)

if [ ! -f target/fuzz-classpath.txt ] || [ ! -d target/test-classes/dev/rubric/fuzz ]; then
  echo "error: build the fuzz targets first: mvn -B -ntp -pl fuzz -am test-compile" >&2
  exit 2
fi
cp="target/test-classes:$(cat target/fuzz-classpath.txt)"

run() { # $1 Class:method, then libFuzzer flags
  local cls=${1%%:*} log corpus status runs secs
  shift
  corpus=target/corpus/$cls
  mkdir -p "$corpus" target/findings
  log=target/findings/$cls.log
  java -Xmx1g -cp "$cp" com.code_intelligence.jazzer.Jazzer \
    --target_class="dev.rubric.fuzz.$cls" --instrumentation_includes='dev.rubric.**' \
    -timeout=30 -rss_limit_mb=2560 -artifact_prefix="target/findings/$cls-" -print_final_stats=1 \
    "$@" "$corpus" >"$log" 2>&1
  status=$?
  runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  secs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\2/p' "$log" | tail -1)
  if [ "$status" -eq 0 ]; then
    echo "$cls: ${runs:-?} inputs in ${secs:-?} s, no failure"
  else
    echo "$cls: FAILED (status $status); see fuzz/$log and fuzz/target/findings/"
    grep -m1 -A12 -E "== Java Exception|ERROR: libFuzzer|Uncaught exception" "$log" | sed 's/^/  /'
  fi
  return "$status"
}

failed=0
case "${1:-smoke}" in
  smoke)
    for t in "${targets[@]}"; do run "$t" -max_total_time=6 || failed=1; done ;;
  long)
    for t in "${targets[@]}"; do run "$t" -runs="${2:?runs per target}" || failed=1; done ;;
  *)
    name=$1; shift
    match=""
    for t in "${targets[@]}"; do [ "${t%%:*}" = "$name" ] && match=$t; done
    [ -n "$match" ] || { echo "error: no target '$name'" >&2; exit 2; }
    run "$match" "$@" || failed=1 ;;
esac
exit "$failed"
