#!/usr/bin/env bash
# Fuzzing benchmark: runs each Jazzer target of dyad-core's ReadersFuzzTest in fuzzing mode (JAZZER_FUZZ=1) for its
# fixed time (60 s each, the @FuzzTest maxDuration), then the hostile corpus with its big inputs (a 100 MB line, a
# 1 GB gzip bomb).
#   bench/fuzz.sh [TARGET...]      default: text html feed warc warcGz jsonl
# Prints, per target, libFuzzer's last status line (executions, coverage, corpus) and whether it found anything, and
# appends them with the machine to bench/results/fuzz-YYYY-MM-DD.txt. A finding fails the target: Jazzer writes the
# input to dyad-core/src/test/resources/org/dyad/ingest/ReadersFuzzTestInputs/TARGET/ (commit it with the fix, and it
# stays a regression test). The corpus Jazzer grows goes to dyad-core/.cifuzz-corpus/ (not in git).
set -euo pipefail
export LC_ALL=C
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/bench/machine.sh"
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(text html feed warc warcGz jsonl)
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
load=$(cut -d' ' -f1-3 /proc/loadavg)
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dyad-fuzz.XXXXXX")"
trap '[ -n "${ALL_DONE:-}" ] && rm -rf "$WORK" || echo "fuzz: logs kept in $WORK" >&2' EXIT
cd "$ROOT"
./mvnw -q -B -ntp -pl dyad-core -am test-compile >/dev/null

lines=""
fail=0
for t in "${TARGETS[@]}"; do
  set +e
  JAZZER_FUZZ=1 ./mvnw -B -ntp -pl dyad-core surefire:test -Dtest="ReadersFuzzTest#$t" \
    -Dsurefire.failIfNoSpecifiedTests=false > "$WORK/$t.log" 2>&1
  rc=$?
  set -e
  status=$(grep -E '^#[0-9]+' "$WORK/$t.log" | tail -1 | sed -E 's/[[:space:]]+/ /g' || true)
  [ "$rc" -ne 0 ] && fail=1
  line=$(printf '  %-7s exit %d, %s; %s' "$t" "$rc" "${status:-(no libFuzzer status line)}" \
    "$([ "$rc" -eq 0 ] && echo "no finding" || echo "FINDING: see $t.log (kept below)")")
  echo "$line"
  lines="$lines$line"$'\n'
  if [ "$rc" -ne 0 ]; then
    why=$(grep -E 'Exception|Error|FAIL' "$WORK/$t.log" | grep -v '^\s*at ' | head -5 | sed 's/^/      /' || true)
    echo "$why"
    lines="$lines$why"$'\n'
  fi
done

# The hostile corpus with its big inputs.
set +e
start=$(date +%s)
./mvnw -B -ntp -pl dyad-core surefire:test -Dtest=HostileInputsTest -Ddyad.hostile.big=true \
  -Dsurefire.failIfNoSpecifiedTests=false > "$WORK/hostile.log" 2>&1
hrc=$?
set -e
hsecs=$(( $(date +%s) - start ))
hostile=$(sed -n '/^hostile corpus:/,/slower than/p' "$WORK/hostile.log" || true)
[ "$hrc" -ne 0 ] && fail=1

report=$(cat <<REPORT
fuzz benchmark, $(date -Iseconds)
  Jazzer $(sed -n 's#.*<jazzer.version>\(.*\)</jazzer.version>.*#\1#p' pom.xml), 60 s per target (libFuzzer's last line: #executions, cov = edges covered, ft = features, corp = corpus entries/size):
${lines%$'\n'}
  hostile corpus with the big inputs (-Ddyad.hostile.big=true): exit $hrc in $hsecs s
$(echo "$hostile" | sed 's/^/    /')
REPORT
)
bench_append "$JAVA" "$ROOT" "$load" "1 fuzzing thread" fuzz "$report"
[ "$fail" = 0 ] && ALL_DONE=1
exit "$fail"
