# Sourced by the benchmark scripts. machine_description JAVA ROOT LOAD THREADS prints the indented "machine:" block
# that every results file ends a run with (nproc, CPU, memory, load before the run, java, git commit).
machine_description() {
  local java="$1" root="$2" load="$3" threads="$4"
  echo "  machine:"
  echo "    nproc:      $(nproc) ($threads)"
  echo "    cpu:        $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "    memory:     $(free -g | awk '/^Mem:/ {print $2 " GB total, " $7 " GB available"}')"
  echo "    load:       $load (1, 5, 15 min load average before the run)"
  echo "    java:       $("$java" -version 2>&1 | head -1)"
  echo "    commit:     $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet HEAD -- 2>/dev/null || echo ' (with uncommitted changes)')"
}

# bench_classpath ROOT builds the command line if needed (through the launcher, so that the build is never timed)
# and prints the class path of its jars.
bench_classpath() {
  "$1/dyad" --version >/dev/null
  echo "$1/dyad-cli/target/dyad-cli.jar:$1/dyad-cli/target/lib/*"
}

# bench_append JAVA ROOT LOAD THREADS NAME REPORT prints REPORT, then appends it with the machine block to
# bench/results/NAME-YYYY-MM-DD.txt.
bench_append() {
  local java="$1" root="$2" load="$3" threads="$4" name="$5" report="$6"
  echo "$report"
  mkdir -p "$root/bench/results"
  local out="$root/bench/results/$name-$(date +%F).txt"
  {
    echo "$report"
    machine_description "$java" "$root" "$load" "$threads"
    echo
  } >> "$out"
  echo "appended to ${out#"$root"/}"
}
