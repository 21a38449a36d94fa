# Sourced by the benchmark scripts: example_copies ROOT COPIES DIR writes COPIES copies of the example articles
# into DIR/copy-1 ... DIR/copy-COPIES. Each copy gets its own URL and a closing line with its number, so that no two
# files have the same content and every one is processed (the cleaner drops that line as boilerplate, so every copy
# costs the pipeline the same work).
example_copies() {
  local root="$1" copies="$2" out="$3" i dir f
  for i in $(seq 1 "$copies"); do
    dir="$out/copy-$i"
    mkdir -p "$dir"
    for f in "$root"/examples/*.txt; do
      sed "s#^url: \(.*\)#url: \1?copy=$i#" "$f" > "$dir/$(basename "$f")"
      printf '\nBenchmark copy %d.\n' "$i" >> "$dir/$(basename "$f")"
    done
    for f in "$root"/examples/*.html; do
      sed -e "s#\(rel=\"canonical\" href=\"[^\"]*\)\"#\1?copy=$i\"#" \
          -e "s#</body>#<p>Benchmark copy $i.</p></body>#" "$f" > "$dir/$(basename "$f")"
    done
  done
}
