#!/usr/bin/env bash
# Query benchmark: ladder-as-of, pair-history and pair-timeline latency at several store sizes, on SQLite and on
# PostgreSQL.
#   bench/queries.sh [EVENTS,...] [QUERIES]     default 10000,100000,1000000 events, 300 timed queries of each kind
# For each size and each store: a fresh store of EVENTS synthetic events and partnership statements (generated with
# plain JDBC in the store's real schema; org.dyad.cli.QueryBench, extending LadderBench's generator), then, in a fresh
# JVM, the queries through the code the commands run. Prints p50/p99 (wall, and CPU of the JVM thread plus the
# database server process) and appends them, with the machine, to bench/results/queries-YYYY-MM-DD.txt.
# PostgreSQL: $DYAD_BENCH_PG_URL, else $DYAD_TEST_PG_URL, else a throwaway server (.ci/postgres.sh) for the run;
# each size in its own schema. BENCH_STORES=sqlite or postgresql runs one. BENCH_DIR=DIR keeps the stores (SQLite
# files in DIR, PostgreSQL schemas dyad_bench_<events>) and reuses them next time.
# Environment: as for ./dyad (DYAD_HEAP, JAVA_HOME).
set -euo pipefail
export LC_ALL=C
SIZES="${1:-10000,100000,1000000}"
QUERIES="${2:-300}"
STORES="${BENCH_STORES:-sqlite postgresql}"
[[ "$SIZES" =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ && "$QUERIES" =~ ^[1-9][0-9]*$ ]] ||
  { echo "usage: bench/queries.sh [EVENTS,...] [QUERIES]  (positive numbers)" >&2; exit 2; }
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/machine.sh
. "$ROOT/bench/machine.sh"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dyad-queries.XXXXXX")"
DIR="${BENCH_DIR:-$WORK}"
mkdir -p "$DIR"
pg_dir=""
cleanup() {
  [[ -n "$pg_dir" ]] && "$ROOT/.ci/postgres.sh" stop "$pg_dir"
  rm -rf "$WORK"
}
trap cleanup EXIT

# (a) Build now if needed (through the launcher), so that nothing timed includes the build.
"$ROOT/dyad" --version >/dev/null
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
bench() {
  "$java" "-Xmx${DYAD_HEAP:-3g}" -XX:+UseParallelGC -Dfile.encoding=UTF-8 \
    -cp "$ROOT/dyad-cli/target/dyad-cli.jar:$ROOT/dyad-cli/target/lib/*" org.dyad.cli.QueryBench "$@"
}

pg_url="${DYAD_BENCH_PG_URL:-${DYAD_TEST_PG_URL:-}}"
if [[ " $STORES " == *" postgresql "* && -z "$pg_url" ]]; then
  pg_dir="$WORK/pg"
  chmod 755 "$WORK"   # the server runs as the postgres user, which must reach its data folder
  eval "$("$ROOT/.ci/postgres.sh" start "$pg_dir")"
  pg_url="$DYAD_TEST_PG_URL"
fi
pg_version=""
load=$(cut -d' ' -f1-3 /proc/loadavg)

# (b) Each size, each store: generate (or reuse) in one JVM, time the queries in another.
out="$WORK/out.txt"
: > "$out"
for events in ${SIZES//,/ }; do
  for store in $STORES; do
    if [[ "$store" == sqlite ]]; then
      location="$DIR/queries-$events.db"
    else
      location="$pg_url$([[ "$pg_url" == *\?* ]] && echo '&' || echo '?')currentSchema=dyad_bench_$events"
    fi
    echo "== $store, $events events" | tee -a "$out"
    bench "$location" "$events" 0 | tee -a "$out"
    sync
    bench "$location" "$events" "$QUERIES" | grep --line-buffered -v '^reusing' | tee -a "$out"
    if [[ "$store" == sqlite ]]; then
      echo "store file: $(du -m "$location" | cut -f1) MB" | tee -a "$out"
      [[ -z "${BENCH_DIR:-}" ]] && rm -f "$location" "$location-wal" "$location-shm"
    else
      [[ -z "${BENCH_DIR:-}" ]] && bench --drop "$location"
    fi
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
[[ " $STORES " == *" postgresql "* ]] && pg_version="$(bench --version "$pg_url" 2>/dev/null || true)"

report=$(cat <<REPORT
query benchmark, $(date -Iseconds)
  stores:  per size, EVENTS synthetic events (1-7 per article, mean 4; 60 countries, pairs weighted 1/(rank+3): the
           busiest pair, USA-CHN, has ~4% of events) and partnership statements in a fifth of the articles (as dense
           as dyad finds them; 90% on Vietnam's ladder); SQLite file and PostgreSQL schema, same rows
  queries: $QUERIES of each kind timed after as many untimed (steady state), one thread, through the commands' code:
           ladder as of = dyad ladder X --as-of D (70% VNM, random dates 2010-2026); pair history = dyad pair A B
           (Zipf over the reference pairs); pair timeline = dyad timeline A B (pairs drawn as the events were);
           worst cases repeated. wall = elapsed; cpu = this JVM thread + the PostgreSQL backend process
           (/proc/PID/schedstat), the figure a loaded machine does not inflate. Target: p99 <= 50 ms.
  load after: $load_after
$(sed 's/^/  /' "$out")
REPORT
)
echo "$report"

# (c) Append, with the machine it ran on.
mkdir -p "$ROOT/bench/results"
res="$ROOT/bench/results/queries-$(date +%F).txt"
{
  echo "$report"
  machine_description "$java" "$ROOT" "$load" "the benchmark runs on one thread; PostgreSQL ${pg_version:-not run} on the same machine"
  echo
} >> "$res"
echo "appended to ${res#"$ROOT"/}"
