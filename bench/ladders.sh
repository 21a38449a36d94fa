#!/usr/bin/env bash
# Ladder query benchmark: ladder-as-of and pair-history latency on a store of synthetic partnership statements.
#   bench/ladders.sh [ARTICLES] [QUERIES]     default 100000 articles, 500 timed queries of each kind
# Fills a fresh store with ARTICLES articles' worth of synthetic statements (written directly with JDBC in
# transactions of 5,000 articles, into a store created by dyad, so the schema is the real one), then times queries
# through the Store API (org.dyad.cli.LadderBench). Prints p50/p99 and appends them, with a description of the
# machine, to bench/results/ladders-YYYY-MM-DD.txt. BENCH_DB=PATH keeps (and reuses) the store at PATH.
# Environment: as for ./dyad (DYAD_HEAP, JAVA_HOME).
set -euo pipefail
export LC_ALL=C
ARTICLES="${1:-100000}"
QUERIES="${2:-500}"
[[ "$ARTICLES" =~ ^[1-9][0-9]*$ && "$QUERIES" =~ ^[1-9][0-9]*$ ]] ||
  { echo "usage: bench/ladders.sh [ARTICLES] [QUERIES]  (positive numbers)" >&2; exit 2; }
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dyad-ladders.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
db="${BENCH_DB:-$WORK/ladders.db}"

# (a) Build now if needed (through the launcher), so that nothing timed includes the build.
"$ROOT/dyad" --version >/dev/null

# (b) Generate (unless BENCH_DB names an existing store), then time the queries in a fresh JVM.
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
bench() {
  "$java" "-Xmx${DYAD_HEAP:-3g}" -XX:+UseParallelGC -Dfile.encoding=UTF-8 \
    -cp "$ROOT/dyad-cli/target/dyad-cli.jar:$ROOT/dyad-cli/target/lib/*" org.dyad.cli.LadderBench "$db" "$ARTICLES" "$@"
}
bench 0 > "$WORK/out.txt"                 # generate (or reuse), in its own JVM
sync                                      # the generator's writes reach the disk before anything is timed
load=$(cut -d' ' -f1-3 /proc/loadavg)
bench "$QUERIES" | grep -v '^reusing' >> "$WORK/out.txt"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
report=$(cat <<REPORT
ladder query benchmark, $(date -Iseconds)
  store:   $ARTICLES articles' worth of synthetic statements (as many per article as dyad finds in its examples and
           seeds, mean 6.3; 90% on Vietnam's ladder; partners Zipf-distributed, the U.S. most), $(du -m "$db" | cut -f1) MB
  queries: LadderHistory through the Store API; $QUERIES of each kind timed after as many untimed (steady state);
           owners 70% Vietnam, pairs Zipf-distributed over the reference pairs
$(sed 's/^/  /' "$WORK/out.txt")
REPORT
)
echo "$report"

# (c) Append, with the machine it ran on.
mkdir -p "$ROOT/bench/results"
out="$ROOT/bench/results/ladders-$(date +%F).txt"
{
  echo "$report"
  echo "  machine:"
  echo "    nproc:      $(nproc)"
  echo "    cpu:        $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "    memory:     free -g:"
  free -g | sed 's/^/                  /'
  echo "    load:       $load before the queries, $load_after after (1, 5, 15 min load average)"
  echo "    heap:       -Xmx${DYAD_HEAP:-3g}"
  echo "    java:       $("$java" -version 2>&1 | head -1)"
  echo "    commit:     $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD -- 2>/dev/null || echo ' (with uncommitted changes)')"
  echo
} >> "$out"
echo "appended to ${out#"$ROOT"/}"
