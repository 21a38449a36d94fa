#!/usr/bin/env bash
# Crash-safety benchmark: SIGKILL `dyad ingest` at random moments, restart it, and check the final store.
#   bench/crash.sh [N [KILLS]]      default 10000 articles, 20 kills
# 1. Generates N short articles (two sentences drawn from the example articles' bodies, plus a numbered closing
#    sentence, so each is unique) as one JSON Lines file, each with its own URL.
# 2. Reference: one uninterrupted ingest of the same file into ref.db (run alongside the kill loop).
# 3. The kill loop (bench/crash-lib.sh): start `dyad ingest`, wait until it has stored at least one more article, wait a random
#    0-MAX_WAIT s more (default 10, fractional), SIGKILL it; KILLS times; then one run to the end.
# 4. Checks: SQLite integrity; N articles, each key once; for every key the same rows (fields, evidence,
#    boilerplate, entities, mentions, entity evidence, facts by kind, copy signature) as the reference; the final
#    run's summary says how many it skipped as already stored, and that equals what the store held before it.
# Prints and appends the figures and the machine to bench/results/crash-YYYY-MM-DD.txt. Needs sqlite3.
# Environment: as for ./dyad (DYAD_HEAP, JAVA_HOME); MAX_WAIT; SEED (default 9); KEEP=1 keeps the work folder.
set -euo pipefail
export LC_ALL=C
N="${1:-10000}"
KILLS="${2:-20}"
MAX_WAIT="${MAX_WAIT:-10}"
SEED="${SEED:-9}"
[[ "$N" =~ ^[1-9][0-9]*$ && "$KILLS" =~ ^[0-9]+$ ]] || { echo "usage: bench/crash.sh [N [KILLS]]" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "bench/crash.sh needs the sqlite3 command" >&2; exit 2; }
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/bench/machine.sh"
. "$ROOT/bench/crash-lib.sh"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dyad-crash.XXXXXX")"
REF_PID=""
cleanup() {
  [ -n "$REF_PID" ] && kill "$REF_PID" 2>/dev/null || true
  [ -n "${KEEP:-}" ] && echo "work folder kept: $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
load=$(cut -d' ' -f1-3 /proc/loadavg)
# Build now (through the launcher), then run the JVM directly: a run is never a build, and its pid is the JVM's.
# A copy of the jars, so that a build during the run (tests) cannot change them under it.
bench_classpath "$ROOT" >/dev/null
mkdir -p "$WORK/jars" && cp -r "$ROOT/dyad-cli/target/dyad-cli.jar" "$ROOT/dyad-cli/target/lib" "$WORK/jars/"
CP="$WORK/jars/dyad-cli.jar:$WORK/jars/lib/*"
dyad() { exec "$JAVA" "-Xmx${DYAD_HEAP:-3g}" -XX:+UseParallelGC -Dfile.encoding=UTF-8 -Ddyad.home="$ROOT" -cp "$CP" org.dyad.cli.Main "$@"; }

# (1) The articles. Sentences: the bodies of the example .txt files (after the '---' header), split at '. '.
in="$WORK/articles.jsonl"
for f in "$ROOT"/examples/*.txt; do sed '1,/^---$/d' "$f"; done | tr -d '"\\' | awk '
  { gsub(/\. /, ".\n"); print }' | awk 'length($0) > 40 && length($0) < 260 && /\.$/' > "$WORK/sentences.txt"
awk -v n="$N" -v seed="$SEED" '
  { s[NR] = $0 }
  END {
    srand(seed)
    for (i = 1; i <= n; i++) {
      a = s[int(rand() * NR) + 1]; b = s[int(rand() * NR) + 1]
      printf "{\"url\": \"https://example.org/crash/%d\", \"published\": \"2023-%02d-%02d\", \"title\": \"Crash article %d\", \"text\": \"%s %s Filed as dispatch %d.\"}\n", i, i % 12 + 1, i % 28 + 1, i, a, b, i
    }
  }' "$WORK/sentences.txt" > "$in"
echo "crash: $N articles from $(wc -l < "$WORK/sentences.txt") example sentences in $in"


# (2) The reference, uninterrupted, in the background.
ref_start=$(date +%s.%N)
( ( dyad ingest "$in" --db "$WORK/ref.db" ) > "$WORK/ref.out" 2> "$WORK/ref.err"; echo $? > "$WORK/ref.rc";
  date +%s.%N > "$WORK/ref.end" ) &
REF_PID=$!

# (3) The kill loop.
db="$WORK/crash.db"
crash_start=$(date +%s.%N)
kill_loop "$KILLS" "$MAX_WAIT" "$db" "$WORK/run" dyad ingest "$in" --db "$db"
before_final=$(count "$db")
# Articles a kill left between their two transactions (stored, no copy signature yet): the last run redoes them.
unsigned=0   # (with KILLS=0 there is no store yet)
[ "$before_final" -gt 0 ] &&
  unsigned=$(sqlite3 "$db" "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM copy_signatures)")
set +e
( dyad ingest "$in" --db "$db" ) > "$WORK/final.out" 2> "$WORK/final.err"
final_rc=$?
set -e
crash_wall=$(awk -v a="$crash_start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
echo "crash: final run exited $final_rc"; cat "$WORK/final.out"

set +e; wait "$REF_PID"; set -e
REF_PID=""
ref_rc=$(cat "$WORK/ref.rc")
ref_wall=$(awk -v a="$ref_start" -v b="$(cat "$WORK/ref.end")" 'BEGIN {print b - a}')

# (4) The checks.
fail=0
compare_stores "$WORK/ref.db" "$db" "$WORK"
summary=$(grep '^articles: ' "$WORK/final.out" || echo "(no summary)")
skipped_line=$(grep '^skipped before NLP: ' "$WORK/final.out" || echo "(no skip line)")
skipped=$(echo "$skipped_line" | sed -nE 's/^skipped before NLP: ([0-9]+) already stored.*/\1/p')
facts=$(sqlite3 "$db" "SELECT count(*) FROM facts"); entities=$(sqlite3 "$db" "SELECT count(*) FROM entities")
tokens=$(sed -nE 's/.*\(([0-9]+) tokens in ([0-9.]+) s\).*/\1/p' "$WORK/ref.out")
secs=$(sed -nE 's/.*\(([0-9]+) tokens in ([0-9.]+) s\).*/\2/p' "$WORK/ref.out")
checks=$(
  check "reference ingest exited 0 with $n_ref articles" '[ "$ref_rc" = 0 ] && [ "$n_ref" = "$N" ]'
  check "final ingest exited 0" '[ "$final_rc" = 0 ]'
  check "SQLite integrity_check: $integrity; foreign key violations: $fk" '[ "$integrity" = ok ] && [ "$fk" = 0 ]'
  check "exactly once: $n_crash articles, $dup duplicate keys (expected $N, 0)" '[ "$n_crash" = "$N" ] && [ "$dup" = 0 ]'
  check "every article's rows equal the reference's ($(wc -l < "$WORK/rows.diff") diff lines)" '[ ! -s "$WORK/rows.diff" ]'
  check "final summary skipped ${skipped:-?} as already stored; the store held $before_final, $unsigned without a copy signature" \
    '[ "${skipped:-x}" = "$((before_final - unsigned))" ]'
)
case "$checks" in *FAIL*) fail=1 ;; esac
f1() { awk "BEGIN {printf \"%.1f\", $1}"; }
report=$(cat <<REPORT
crash benchmark, $(date -Iseconds)
  input:        $N generated articles (JSON Lines, two example sentences + a numbered one each), seed $SEED
  reference:    one uninterrupted ingest: $(f1 "$ref_wall") s wall, $secs s ingest, $tokens tokens ($(f1 "${tokens:-0} / $N") per article)
  kill loop:    $KILLS_DONE SIGKILLs (each after the store grew, then a random 0-$MAX_WAIT s:$KILL_WAITS)$([ "$FINISHED_EARLY" = 1 ] && echo ", then a run that finished before its kill")
                then one run to the end; $(f1 "$crash_wall") s wall for all runs (reference ran alongside)
  final run:    $summary
                $skipped_line
  store:        $n_crash articles, $entities entities, $facts facts
  checks:
$checks
REPORT
)
bench_append "$JAVA" "$ROOT" "$load" "$(nproc) worker threads (default), reference and kill loop at once" crash "$report"
if [ "$fail" != 0 ]; then
  echo "crash: FAILED; first differing rows:" >&2
  head -20 "$WORK/rows.diff" >&2
  KEEP=1
  exit 1
fi
