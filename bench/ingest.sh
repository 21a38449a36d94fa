#!/usr/bin/env bash
# Ingest benchmark: COPIES copies of the example articles through `./dyad ingest` into a fresh store.
#   bench/ingest.sh [COPIES]        default 5 (5 x 18 = 90 articles)
# Prints articles/s, tokens/s, wall time and peak RSS, with and without the model load, and appends them with a
# description of the machine to bench/results/ingest-YYYY-MM-DD.txt. Environment: as for ./dyad (DYAD_HEAP, JAVA_HOME);
# BENCH_INPUT=DIR ingests the articles in DIR instead of copies of the examples (copies repeat the same sentences,
# which flatters caches: a folder of distinct articles measures what new text costs); BENCH_PUBLISHED=DATE is passed
# as --published for articles without a date.
set -euo pipefail
export LC_ALL=C
COPIES="${1:-5}"
[[ "$COPIES" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/ingest.sh [COPIES]  (a positive number)" >&2; exit 2; }
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dyad-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# (a) Build now if needed, so that the timed run measures ingest only.
"$ROOT/dyad" --version >/dev/null

# (b) The copies: each gets its own URL and a closing line with its number, so no two have the same content.
# shellcheck source=bench/example-copies.sh
. "$ROOT/bench/example-copies.sh"
if [ -n "${BENCH_INPUT:-}" ]; then
  [ -d "$BENCH_INPUT" ] || { echo "bench/ingest.sh: BENCH_INPUT=$BENCH_INPUT is not a folder" >&2; exit 2; }
  mkdir -p "$WORK/in" && cp -r "$BENCH_INPUT" "$WORK/in/input"
  input_text="$(find "$WORK/in" -type f | wc -l) distinct files from $BENCH_INPUT"
else
  example_copies "$ROOT" "$COPIES" "$WORK/in"
  input_text="$COPIES x $(( $(find "$WORK/in" -type f | wc -l) / COPIES )) examples = $(find "$WORK/in" -type f | wc -l) files"
fi
files=$(find "$WORK/in" -type f | wc -l)
published=()
[ -n "${BENCH_PUBLISHED:-}" ] && published=(--published "$BENCH_PUBLISHED")

# (c) The timed run. Peak RSS from /usr/bin/time -v when it works here, else (or with BENCH_PROC_SAMPLER=1) from
# VmHWM sampled in /proc.
db="$WORK/bench.db"
load=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date +%s.%N)
if [ -z "${BENCH_PROC_SAMPLER:-}" ] && /usr/bin/time -v true >/dev/null 2>&1; then
  rss_from="/usr/bin/time -v"
  set +e
  /usr/bin/time -v -o "$WORK/time.txt" "$ROOT/dyad" ingest "$WORK/in" --db "$db" "${published[@]}" >"$WORK/out.txt" 2>"$WORK/err.txt"
  rc=$?
  set -e
  peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
else
  rss_from="VmHWM sampled from /proc"
  "$ROOT/dyad" ingest "$WORK/in" --db "$db" "${published[@]}" >"$WORK/out.txt" 2>"$WORK/err.txt" &
  pid=$!   # the launcher execs java, so this is the JVM
  peak_kb=0
  while kill -0 "$pid" 2>/dev/null; do
    hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    [ -n "$hwm" ] && [ "$hwm" -gt "$peak_kb" ] && peak_kb=$hwm
    sleep 0.2
  done
  set +e; wait "$pid"; rc=$?; set -e
fi
wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
if [ "$rc" -ne 0 ]; then
  echo "bench: dyad ingest exited $rc" >&2
  cat "$WORK/out.txt" "$WORK/err.txt" >&2
  exit 1
fi

# (d) The figures. Summary line: "articles: X new, U unchanged, R replaced, F failed (T tokens in S s) -> DB"
summary=$(grep '^articles: ' "$WORK/out.txt")
read -r new unchanged replaced failed tokens secs < <(echo "$summary" | tr ',' '.' |
  sed -E 's/^articles: ([0-9]+) new. ([0-9]+) unchanged. ([0-9]+) replaced. ([0-9]+) failed \(([0-9]+) tokens in ([0-9.]+) s\).*/\1 \2 \3 \4 \5 \6/')
articles=$((new + unchanged + replaced))
if command -v sqlite3 >/dev/null; then
  words=$(sqlite3 "$db" "SELECT clean_text FROM articles" | wc -w)
  words_from="cleaned text in the store"
else
  words=$(cat "$WORK"/in/*/* | sed 's/<[^>]*>/ /g' | wc -w)
  words_from="input files with tags stripped (approximate)"
fi
f1() { awk "BEGIN {printf \"%.1f\", $1}"; }
f2() { awk "BEGIN {printf \"%.2f\", $1}"; }
report=$(cat <<REPORT
ingest benchmark, $(date -Iseconds)
  input:        $input_text; $articles stored ($new new), $failed failed
  mean words:   $(f1 "$words / $articles") per article ($words_from); $(f1 "$tokens / $articles") tokens per article
  including the model load (whole process):
    wall time   $(f1 "$wall") s
    articles/s  $(f2 "$articles / $wall")
    tokens/s    $(f1 "$tokens / $wall")
    peak RSS    $(f1 "$peak_kb / 1024") MB ($rss_from)
  excluding the model load (the ingest summary's own time):
    time        $secs s
    articles/s  $(f2 "$articles / $secs")
    tokens/s    $(f1 "$tokens / $secs")
  summary line: $summary
REPORT
)
echo "$report"

# (e) Append, with the machine it ran on.
mkdir -p "$ROOT/bench/results"
out="$ROOT/bench/results/ingest-$(date +%F).txt"
{
  echo "$report"
  echo "  machine:"
  echo "    nproc:      $(nproc) (worker threads: $(nproc), the default)"
  echo "    cpu:        $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "    memory:     free -g:"
  free -g | sed 's/^/                  /'
  echo "    load:       $load (1, 5, 15 min load average before the run)"
  echo "    heap:       -Xmx${DYAD_HEAP:-3g}"
  echo "    java:       $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1)"
  echo "    commit:     $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD -- 2>/dev/null || echo ' (with uncommitted changes)')"
  echo
} >> "$out"
echo "appended to ${out#"$ROOT"/}"
