#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and benchmarks, on 127.0.0.1 with trust authentication.
#   eval "$(.ci/postgres.sh start DIR)"   initdb in DIR (created), start on a free port; prints
#                                          export DYAD_TEST_PG_URL=jdbc:postgresql://127.0.0.1:PORT/postgres?user=postgres
#   .ci/postgres.sh stop DIR              stop the server and remove DIR
# Installs the Debian package postgresql when no server binaries are found (needs root and apt). PostgreSQL refuses
# to run as root, so as root the server runs as the user postgres (created by the package).
set -euo pipefail
cmd="${1:-}"; dir="${2:-}"
[[ ( "$cmd" == start || "$cmd" == stop ) && -n "$dir" ]] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

bin() {
  local d
  for d in "${PG_BIN:-}" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [[ -n "$d" && -x "$d/initdb" ]] && { echo "$d"; return; }
  done
  command -v initdb >/dev/null && dirname "$(command -v initdb)"
}
as_owner() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [[ "$cmd" == stop ]]; then
  b="$(bin)"
  [[ -f "$dir/data/postmaster.pid" ]] && as_owner "$b/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi

b="$(bin)"
if [[ -z "$b" ]]; then
  echo "installing postgresql (apt-get)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  b="$(bin)"
fi
[[ -n "$b" ]] || { echo "no PostgreSQL server binaries (initdb) found" >&2; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null ||
       echo $((20000 + RANDOM % 20000)))
mkdir -p "$dir"
[[ $(id -u) == 0 ]] && chown postgres "$dir"
as_owner "$b/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
# Throwaway data: no fsync. The socket goes in DIR, not /var/run/postgresql (which may not exist).
as_owner "$b/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
  -o "-h 127.0.0.1 -p $port -k $dir -F -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
echo "export DYAD_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres'"
