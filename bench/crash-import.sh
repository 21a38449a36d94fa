#!/usr/bin/env bash
# Crash-safety benchmark for `dyad import`: SIGKILL it at random moments while it imports a Parquet export, restart
# it, and check the final store against an uninterrupted import.
#   bench/crash-import.sh STORE [KILLS]     STORE: any dyad store (e.g. the ref.db bench/crash.sh KEEP=1 leaves)
# 1. `dyad export --format parquet` of STORE's articles table (each row carries its article's whole extraction).
# 2. Reference: one uninterrupted `dyad import` into ref.db.
# 3. The kill loop: start `dyad import`, wait until the store grows, a random 0-MAX_WAIT s (default 0.5) more,
#    SIGKILL; KILLS times (default 20); then one run to the end.
# 4. Checks: integrity; as many articles as the export, each key once; every article's rows equal the reference's.
# Prints and appends the figures and the machine to bench/results/crash-import-YYYY-MM-DD.txt. Needs sqlite3.
set -euo pipefail
export LC_ALL=C
STORE="${1:-}"
KILLS="${2:-20}"
MAX_WAIT="${MAX_WAIT:-0.5}"
[ -f "$STORE" ] && [[ "$KILLS" =~ ^[0-9]+$ ]] || { echo "usage: bench/crash-import.sh STORE [KILLS]" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "bench/crash-import.sh needs the sqlite3 command" >&2; exit 2; }
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/bench/machine.sh"
. "$ROOT/bench/crash-lib.sh"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dyad-crash-import.XXXXXX")"
trap '[ -n "${KEEP:-}" ] && echo "work folder kept: $WORK" || rm -rf "$WORK"' EXIT
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
load=$(cut -d' ' -f1-3 /proc/loadavg)
bench_classpath "$ROOT" >/dev/null
mkdir -p "$WORK/jars" && cp -r "$ROOT/dyad-cli/target/dyad-cli.jar" "$ROOT/dyad-cli/target/lib" "$WORK/jars/"
dyad() { exec "$JAVA" "-Xmx${DYAD_HEAP:-3g}" -XX:+UseParallelGC -Dfile.encoding=UTF-8 -Ddyad.home="$ROOT" \
  -cp "$WORK/jars/dyad-cli.jar:$WORK/jars/lib/*" org.dyad.cli.Main "$@"; }

( dyad export --db "$STORE" --format parquet --table articles --out "$WORK/export" ) > "$WORK/export.out"
n=$(count "$STORE")
echo "crash-import: exported $n articles from $STORE"
t0=$(date +%s.%N)
( dyad import "$WORK/export" --db "$WORK/ref.db" ) > "$WORK/ref.out" 2> "$WORK/ref.err"
ref_wall=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')

db="$WORK/crash.db"
t0=$(date +%s.%N)
kill_loop "$KILLS" "$MAX_WAIT" "$db" "$WORK/run" dyad import "$WORK/export" --db "$db"
before_final=$(count "$db")
set +e
( dyad import "$WORK/export" --db "$db" ) > "$WORK/final.out" 2> "$WORK/final.err"
final_rc=$?
set -e
crash_wall=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')

compare_stores "$WORK/ref.db" "$db" "$WORK"
fail=0
checks=$(
  check "reference import holds $n_ref articles (the export: $n)" '[ "$n_ref" = "$n" ]'
  check "final import exited 0" '[ "$final_rc" = 0 ]'
  check "SQLite integrity_check: $integrity; foreign key violations: $fk" '[ "$integrity" = ok ] && [ "$fk" = 0 ]'
  check "exactly once: $n_crash articles, $dup duplicate keys (expected $n, 0)" '[ "$n_crash" = "$n" ] && [ "$dup" = 0 ]'
  check "every article's rows equal the reference's ($(wc -l < "$WORK/rows.diff") diff lines)" '[ ! -s "$WORK/rows.diff" ]'
)
case "$checks" in *FAIL*) fail=1 ;; esac
f1() { awk "BEGIN {printf \"%.1f\", $1}"; }
report=$(cat <<REPORT
crash-import benchmark, $(date -Iseconds)
  input:        a Parquet export of $n articles ($STORE)
  reference:    one uninterrupted import: $(f1 "$ref_wall") s wall
  kill loop:    $KILLS_DONE SIGKILLs (each after the store grew, then a random 0-$MAX_WAIT s:$KILL_WAITS)$([ "$FINISHED_EARLY" = 1 ] && echo ", then a run that finished before its kill")
                then one run to the end; $(f1 "$crash_wall") s wall for all runs
  final run:    $(grep '^articles: ' "$WORK/final.out" || echo "(no summary)") (store held $before_final before it)
  checks:
$checks
REPORT
)
bench_append "$JAVA" "$ROOT" "$load" "import (one thread)" crash-import "$report"
[ "$fail" = 0 ] || { echo "crash-import: FAILED" >&2; head -20 "$WORK/rows.diff" >&2; exit 1; }
