#!/usr/bin/env bash
# Copy detection benchmark: signatures, LSH look-up and classification on synthetic articles, one thread, no NLP.
#   bench/copies.sh [MEMORY_SIZES [SQLITE_SIZES]]   default 10000,100000,1000000 and 10000
# Prints signatures/s, articles/s for signature + look-up + classify + add, and look-up time as the in-memory index
# (and the SQLite-backed one) grows; then the detection quality on the examples (org.dyad.copies.eval.CopyEval).
# Appends everything with a description of the machine to bench/results/copies-YYYY-MM-DD.txt.
# Environment: JAVA_HOME; DYAD_HEAP (default 8g: a million signatures and their bands take about 3 GB).
set -euo pipefail
export LC_ALL=C
MEMORY="${1:-10000,100000,1000000}"
SQLITE="${2:-10000}"
[[ "$MEMORY" =~ ^[0-9,]+$ && "$SQLITE" =~ ^[0-9,]*$ ]] || { echo "usage: bench/copies.sh [SIZES [SQLITE_SIZES]]" >&2; exit 2; }
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# shellcheck source=bench/machine.sh
. "$ROOT/bench/machine.sh"

CP=$(bench_classpath "$ROOT")
load=$(cut -d' ' -f1-3 /proc/loadavg)
bench=$("$JAVA" "-Xmx${DYAD_HEAP:-8g}" -Dfile.encoding=UTF-8 -cp "$CP" org.dyad.copies.eval.CopyBench \
  --memory "$MEMORY" --sqlite "$SQLITE")
quality=$("$JAVA" -Dfile.encoding=UTF-8 -cp "$CP" org.dyad.copies.eval.CopyEval "$ROOT/examples")
report="copies benchmark (one thread; synthetic articles, no NLP), $(date -Iseconds)
$(echo "$bench" | sed 's/^/  /')
  detection quality on the generated set (examples):
$(echo "$quality" | sed 's/^/    /')"
bench_append "$JAVA" "$ROOT" "$load" "the benchmark runs on one thread" copies "$report"
