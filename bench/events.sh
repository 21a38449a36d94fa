#!/usr/bin/env bash
# Event coder benchmark: the coder alone, on already-parsed sentences, on one thread.
#   bench/events.sh [SECONDS]      default 10 timed seconds (after a warm-up of 0.3 x SECONDS)
# Parses the bundled examples and, when present, ../shared/seeds once (kept in $TMPDIR between runs), then times
# EventStage over them repeatedly. Prints sentences/s and appends the figures with a description of the machine to
# bench/results/events-YYYY-MM-DD.txt. Environment: as for ./dyad (DYAD_HEAP, JAVA_HOME).
set -euo pipefail
export LC_ALL=C
SECONDS_TIMED="${1:-10}"
[[ "$SECONDS_TIMED" =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "usage: bench/events.sh [SECONDS]" >&2; exit 2; }
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${TMPDIR:-/tmp}/dyad-bench-events-parsed.json"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Build if needed (through the launcher), so that the build is never timed.
"$ROOT/dyad" --version >/dev/null

inputs=("$ROOT/examples")
[ -d "$ROOT/../shared/seeds" ] && inputs+=("$ROOT/../shared/seeds")
# A cache from other inputs or an older build is parsed again.
stamp="$(ls "${inputs[@]}" | md5sum | cut -c1-8)-$(stat -c %Y "$ROOT/dyad-cli/target/dyad-cli.jar")"
if [ ! -f "$CACHE.stamp" ] || [ "$(cat "$CACHE.stamp")" != "$stamp" ]; then
  rm -f "$CACHE"
fi
load=$(cut -d' ' -f1-3 /proc/loadavg)
report=$("$JAVA" "-Xmx${DYAD_HEAP:-3g}" -Dfile.encoding=UTF-8 -cp "$ROOT/dyad-cli/target/dyad-cli.jar:$ROOT/dyad-cli/target/lib/*" \
  org.dyad.cli.EventsBench --parsed "$CACHE" --seconds "$SECONDS_TIMED" "${inputs[@]}" 2>/dev/null)
echo "$stamp" > "$CACHE.stamp"
report="events benchmark (coder alone, one thread), $(date -Iseconds)
  inputs:       ${inputs[*]#"$ROOT"/}
$(echo "$report" | sed 's/^/  /')"
echo "$report"

mkdir -p "$ROOT/bench/results"
out="$ROOT/bench/results/events-$(date +%F).txt"
{
  echo "$report"
  echo "  machine:"
  echo "    nproc:      $(nproc) (the coder runs on one thread)"
  echo "    cpu:        $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "    memory:     $(free -g | awk '/^Mem:/ {print $2 " GB total, " $7 " GB available"}')"
  echo "    load:       $load (1, 5, 15 min load average before the run)"
  echo "    java:       $("$JAVA" -version 2>&1 | head -1)"
  echo "    commit:     $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD -- 2>/dev/null || echo ' (with uncommitted changes)')"
  echo
} >> "$out"
echo "appended to ${out#"$ROOT"/}"
