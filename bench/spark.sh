#!/usr/bin/env bash
# Spark benchmark: the same articles through the plain pipeline (`dyad extract --threads 2`, models loaded once)
# and through the Spark job in local[2] (docs/spark.md), for each input size.
#   bench/spark.sh [COPIES...]      default: 1 3 (1 x 18 = 18 and 3 x 18 = 54 example articles)
# Prints, per size, the wall time of each whole process (JVM start, model load, Spark start-up and Parquet writing
# included), articles/s and the ratio Spark/plain, and appends them with a description of the machine to
# bench/results/spark-YYYY-MM-DD.txt. Environment: DYAD_HEAP (default 3g), JAVA_HOME.
set -euo pipefail
export LC_ALL=C
if [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(1 3); fi
for c in "${SIZES[@]}"; do
  [[ "$c" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/spark.sh [COPIES...]  (positive numbers)" >&2; exit 2; }
done
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
HEAP="-Xmx${DYAD_HEAP:-3g}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dyad-bench-spark.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# shellcheck source=bench/machine.sh
. "$ROOT/bench/machine.sh"
# shellcheck source=bench/example-copies.sh
. "$ROOT/bench/example-copies.sh"

# (a) Build both now, so that no timed run builds: the command line, and the Spark job with its classpath (Spark
# itself is a provided dependency: the test classpath has it).
"$ROOT/dyad" --version >/dev/null
"$ROOT/mvnw" -q -B -ntp -Dmaven.test.skip=true -pl dyad-spark -am package dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
SPARK_CP="$ROOT/dyad-spark/target/classes:$(cat "$ROOT/dyad-spark/target/bench-classpath.txt")"
# Spark's JVM flags on Java 17, as the module's tests use them.
OPENS=$(sed -n '/<spark.jvm.opens>/,/<\/spark.jvm.opens>/p' "$ROOT/dyad-spark/pom.xml" | sed -e 's/<[^>]*>//g' | tr -s ' \n' ' ')

secs() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", b - a}'; }
report=""
load=$(cut -d' ' -f1-3 /proc/loadavg)
for copies in "${SIZES[@]}"; do
  in="$WORK/in-$copies"
  example_copies "$ROOT" "$copies" "$in"
  n=$(find "$in" -type f | wc -l)

  t0=$(date +%s.%N)
  "$ROOT/dyad" extract --threads 2 "$in" >"$WORK/extract.jsonl" 2>"$WORK/extract.err" ||
    { echo "bench: dyad extract failed" >&2; cat "$WORK/extract.err" >&2; exit 1; }
  plain=$(secs "$t0" "$(date +%s.%N)")
  plain_articles=$(grep -c '"kind":"article"' "$WORK/extract.jsonl" || true)

  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  "$JAVA" "$HEAP" -XX:+UseParallelGC -Dfile.encoding=UTF-8 $OPENS -cp "$SPARK_CP" org.dyad.spark.DyadJob \
    --master 'local[2]' --out "$WORK/out-$copies" "$in" >"$WORK/spark.out" 2>"$WORK/spark.err" ||
    { echo "bench: the Spark job failed" >&2; tail -20 "$WORK/spark.err" >&2; exit 1; }
  spark=$(secs "$t0" "$(date +%s.%N)")
  summary=$(grep '^files: ' "$WORK/spark.out")

  line=$(awk -v n="$n" -v pa="$plain_articles" -v p="$plain" -v s="$spark" 'BEGIN {
    printf "  %3d articles: plain %6.1f s (%.2f articles/s, %d extracted)   spark local[2] %6.1f s (%.2f articles/s)   ratio spark/plain %.2f",
      n, p, n / p, pa, s, n / s, s / p }')
  echo "$line"
  report+="$line"$'\n'"      spark job: $summary"$'\n'
done

full=$(cat <<REPORT
spark benchmark, $(date -Iseconds)
  the same example copies through dyad extract --threads 2 and DyadJob --master local[2] (default partitions: 4 per core);
  whole-process wall times (JVM start, model load, Spark start-up, Parquet writing), heap $HEAP
$report
REPORT
)
echo
bench_append "$JAVA" "$ROOT" "$load" "2 threads / local[2]" spark "$full"
