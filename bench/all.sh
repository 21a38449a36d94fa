#!/usr/bin/env bash
# The benchmark suite: every benchmark in bench/, one after the other, each at several sizes where the cost grows
# with input, then one report of them all.
#   bench/all.sh            the full suite (about an hour on 2 idle cores)
#   bench/all.sh --quick    smaller sizes, to check that every script runs (a few minutes per script)
# Each script prints its figures and appends them, with the machine description, to bench/results/NAME-DATE.txt;
# this script then writes bench/results/suite-DATE.txt: the machine, then for each benchmark its command, exit status,
# wall time and the figures it printed. A benchmark whose script is missing or fails is reported as such and the
# suite goes on. Run it on an idle machine: every figure depends on what else the machine is doing.
set -uo pipefail
export LC_ALL=C
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/bench/machine.sh"
QUICK=""
[ "${1:-}" = "--quick" ] && QUICK=1
[ -n "${1:-}" ] && [ -z "$QUICK" ] && { echo "usage: bench/all.sh [--quick]" >&2; exit 2; }

# name | full-suite command | quick command. Sizes: three or more where cost grows with input.
SUITE=(
  "ingest|bench/ingest.sh 2; bench/ingest.sh 5; bench/ingest.sh 20|bench/ingest.sh 1"
  "events|bench/events.sh 20|bench/events.sh 3"
  "copies|bench/copies.sh|bench/copies.sh 10000 ''"
  "ladders|bench/ladders.sh|bench/ladders.sh 1000"
  "queries|bench/queries.sh|bench/queries.sh 10000 50"
  "extraction|bench/extraction.sh|bench/extraction.sh"
  "same-story|bench/same-story.sh|bench/same-story.sh"
  "spark|bench/spark.sh 1 3 5|bench/spark.sh 1"
  "web-load|bench/web-load.sh 50 30; bench/web-load.sh 200 60|bench/web-load.sh 20 5"
  "crash|bench/crash.sh 10000 20|bench/crash.sh 100 3"
  "fuzz|bench/fuzz.sh|bench/fuzz.sh text"
)

day=$(date +%F)
out="$ROOT/bench/results/suite-$day.txt"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
load=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "== dyad benchmark suite, $(date -u +%FT%TZ)${QUICK:+ (quick sizes)}"
  machine_description "$java" "$ROOT" "$load" "$(nproc)"
} | tee -a "$out"

for entry in "${SUITE[@]}"; do
  IFS='|' read -r name full quick <<<"$entry"
  cmd="${QUICK:+$quick}"
  cmd="${cmd:-$full}"
  script="$ROOT/$(echo "$cmd" | awk '{print $1}')"
  echo | tee -a "$out"
  echo "-- $name: $cmd" | tee -a "$out"
  if [ ! -x "$script" ]; then
    echo "   not run: $script is missing" | tee -a "$out"
    continue
  fi
  start=$(date +%s)
  log="$(mktemp)"
  (cd "$ROOT" && bash -c "$cmd") >"$log" 2>&1
  status=$?
  echo "   exit $status after $(( $(date +%s) - start )) s; its figures:" | tee -a "$out"
  sed 's/^/   | /' "$log" | tail -n 60 | tee -a "$out"
  rm -f "$log"
done
echo | tee -a "$out"
echo "suite report: $out"
