#!/usr/bin/env bash
# Web load benchmark: CLIENTS concurrent clients on loopback for SECONDS against the read API and the pages of
# `dyad serve` on the demo store.
#   bench/web-load.sh [CLIENTS] [SECONDS]     default 50 clients for 30 s (issue 9's soak: 200 60)
# Builds the demo store with `./dyad demo` (about a minute; BENCH_DB=PATH keeps and reuses it), starts the server
# in its own JVM, warms it for 5 s, then runs org.dyad.web.WebLoad (JDK HttpClient, one connection per client,
# paths round-robin over every read endpoint, every article and every page). Prints requests/s, p50/p99/max
# latency, errors and the server's memory (RSS sampled every second, peak RSS, heap after the run) and appends
# them, with the machine, to bench/results/web-load-YYYY-MM-DD.txt. BENCH_CACHE=0 serves without the response
# cache (every request reads the store); BENCH_HEAP sets the server's heap (default 1g: no ingest, so no language
# models). Environment: as for ./dyad (JAVA_HOME).
set -euo pipefail
export LC_ALL=C
CLIENTS="${1:-50}"
SECONDS_="${2:-30}"
CACHE="${BENCH_CACHE:-1000}"
HEAP="${BENCH_HEAP:-1g}"      # the server's heap: no ingest here, so no language models to hold
[[ "$CLIENTS" =~ ^[1-9][0-9]*$ && "$SECONDS_" =~ ^[1-9][0-9]*$ && "$CACHE" =~ ^[0-9]+$ ]] ||
  { echo "usage: bench/web-load.sh [CLIENTS] [SECONDS]  (positive numbers)" >&2; exit 2; }
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/machine.sh
. "$ROOT/bench/machine.sh"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dyad-web-load.XXXXXX")"
server=""
sampler=""
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jcmd="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
CP="$(bench_classpath "$ROOT")"                         # builds now, so nothing timed includes the build
db="${BENCH_DB:-$WORK/demo.db}"
if [ ! -f "$db" ]; then
  "$ROOT/dyad" demo --db "$db" --examples "$ROOT/examples" >/dev/null
fi

"$java" "-Xmx$HEAP" -XX:+UseParallelGC -Dfile.encoding=UTF-8 -cp "$CP" org.dyad.cli.Main \
  serve --db "$db" --port 0 --cache "$CACHE" > "$WORK/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  grep -q 'http://' "$WORK/serve.log" 2>/dev/null && break
  sleep 0.2
done
base=$(grep -o 'http://127.0.0.1:[0-9]*' "$WORK/serve.log" | head -1)
[ -n "$base" ] || { echo "the server did not start:" >&2; cat "$WORK/serve.log" >&2; exit 1; }
articles=$(curl -s "$base/api/articles?limit=500" | grep -o '"articleId"' | wc -l)

load=$(cut -d' ' -f1-3 /proc/loadavg)
rss() { awk '/^VmRSS/ {print int($2/1024)}' "/proc/$server/status"; }
"$java" -cp "$CP" org.dyad.web.WebLoad "$base" "$CLIENTS" 5 "$articles" > "$WORK/warm.txt" || true
rss_warm=$(rss)
( while kill -0 "$server" 2>/dev/null; do rss >> "$WORK/rss.txt"; sleep 1; done ) &
sampler=$!
set +e
"$java" -cp "$CP" org.dyad.web.WebLoad "$base" "$CLIENTS" "$SECONDS_" "$articles" > "$WORK/run.txt" 2>&1
status=$?
set -e
kill "$sampler" 2>/dev/null || true
sampler=""
rss_max=$(sort -n "$WORK/rss.txt" | tail -1)
rss_end=$(rss)
hwm=$(awk '/^VmHWM/ {print int($2/1024)}' "/proc/$server/status")
heap_used() { "$jcmd" "$server" GC.heap_info 2>/dev/null |
  awk '/(Gen|garbage-first heap) +total/ {for (i = 1; i <= NF; i++) if ($i == "used") {sub("K,?", "", $(i+1)); u += $(i+1)}}
       END {printf "%d MB", u / 1024}'; }
heap="$(heap_used) used at the end of the run"
"$jcmd" "$server" GC.run >/dev/null 2>&1 || true
heap="$heap, $(heap_used) live after a full GC"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

report=$(cat <<REPORT
web load benchmark, $(date -Iseconds)
  server:  dyad serve on the demo store ($articles articles), loopback, -Xmx$HEAP, response cache $CACHE entries
  clients: $CLIENTS concurrent (one connection each) for $SECONDS_ s after a 5 s warm-up, GETs round-robin over the
           read API (articles, search, ladders, pairs, events, timeline, quotes, forecasts, scorecard), every
           article as JSON and as a page, and the other pages
  result:  $(cat "$WORK/run.txt")
  memory:  server RSS ${rss_warm} MB after warm-up, max ${rss_max} MB sampled during the run, ${rss_end} MB at the end,
           peak (VmHWM) ${hwm} MB; heap after the run: ${heap}
  load:    $load before, $load_after after (1, 5, 15 min load average)
REPORT
)
bench_append "$java" "$ROOT" "$load" "$CLIENTS clients" web-load "$report"
exit "$status"
