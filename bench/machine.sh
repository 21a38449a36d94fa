# Sourced by the benchmark scripts: machine_description JAVA ROOT LOAD THREADS prints the indented "machine:" block
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
