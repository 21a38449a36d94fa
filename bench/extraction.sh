#!/usr/bin/env bash
# HTML extraction quality: body token precision/recall and title/author/date accuracy on the twelve invented pages of
# dyad-core/src/test/resources/extraction (org.dyad.clean.eval.ExtractionEval; read, clean and meta stages, no NLP).
#   bench/extraction.sh [-v]      -v lists, per page, the fields read and the body words missed or extra
# Appends the table with a description of the machine to bench/results/extraction-YYYY-MM-DD.txt.
set -euo pipefail
export LC_ALL=C
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# shellcheck source=bench/machine.sh
. "$ROOT/bench/machine.sh"

CP=$(bench_classpath "$ROOT")
load=$(cut -d' ' -f1-3 /proc/loadavg)
table=$("$JAVA" -Dfile.encoding=UTF-8 -cp "$CP" org.dyad.clean.eval.ExtractionEval \
  "$ROOT/dyad-core/src/test/resources/extraction" "${1:-}")
report="HTML extraction (read + clean + meta on 12 invented pages), $(date -Iseconds)
$(echo "$table" | sed 's/^/  /')"
bench_append "$JAVA" "$ROOT" "$load" "one thread" extraction "$report"
