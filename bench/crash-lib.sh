# Sourced by bench/crash.sh and bench/crash-import.sh: what the crash checks read from a store (needs sqlite3).

# count DB: articles in a store; 0 before the store exists or has its tables.
count() {
  local c
  c=$([ -f "$1" ] && sqlite3 -cmd ".timeout 5000" "$1" "SELECT count(*) FROM articles" 2>/dev/null || true)
  echo "${c:-0}"
}

# check TEXT CONDITION: prints "ok" or "FAIL" and the text; a failure sets fail=1.
check() { if eval "$2"; then echo "  ok    $1"; else echo "  FAIL  $1"; fail=1; fi; }

# compare_stores REF DB DIR: what the checks compare, set as variables: the rows of every article of both stores
# (DIR/ref.rows, DIR/crash.rows, their diff in DIR/rows.diff), duplicate keys (dup), article counts (n_crash, n_ref),
# DB's integrity_check (integrity) and foreign key violations (fk).
compare_stores() {
  rows "$1" > "$3/ref.rows"
  rows "$2" > "$3/crash.rows"
  diff "$3/ref.rows" "$3/crash.rows" > "$3/rows.diff" || true
  dup=$(sqlite3 "$2" "SELECT count(*) - count(DISTINCT key) FROM articles")
  n_crash=$(count "$2"); n_ref=$(count "$1")
  integrity=$(sqlite3 "$2" "PRAGMA integrity_check" | head -1)
  fk=$(sqlite3 "$2" "PRAGMA foreign_key_check" | wc -l)
}

# rows DB: one line per article, by key: the count of each kind of row it owns (fields, evidence, boilerplate,
# entities, mentions, entity evidence, facts by kind, copy signature), its content hash and cleaned-text length.
rows() {
  sqlite3 "$1" "
  SELECT a.key,
    (SELECT count(*) FROM article_fields x WHERE x.article_id = a.id),
    (SELECT count(*) FROM article_evidence x WHERE x.article_id = a.id),
    (SELECT count(*) FROM boilerplate x WHERE x.article_id = a.id),
    (SELECT count(*) FROM entities x WHERE x.article_id = a.id),
    (SELECT count(*) FROM mentions x WHERE x.article_id = a.id),
    (SELECT count(*) FROM entity_evidence x WHERE x.article_id = a.id),
    (SELECT group_concat(kind || ':' || c) FROM (SELECT kind, count(*) c FROM facts x WHERE x.article_id = a.id
       GROUP BY kind ORDER BY kind)),
    (SELECT count(*) FROM copy_signatures x WHERE x.article_id = a.id),
    a.sha256, length(a.clean_text)
  FROM articles a ORDER BY a.key"
}

# kill_loop KILLS MAX_WAIT DB LOGPREFIX COMMAND...: KILLS times, start COMMAND in the background, wait until DB holds
# more articles than before, wait a random 0-MAX_WAIT s more, SIGKILL it. Stops early when a run ends by itself.
# Sets KILLS_DONE, KILL_WAITS and FINISHED_EARLY.
kill_loop() {
  local kills="$1" max_wait="$2" db="$3" log="$4"; shift 4
  KILLS_DONE=0; KILL_WAITS=""; FINISHED_EARLY=0
  local k before pid wait_s
  for k in $(seq 1 "$kills"); do
    before=$(count "$db")
    ( "$@" ) > "$log-$k.out" 2> "$log-$k.err" &
    pid=$!   # COMMAND (a function that execs java) replaces the subshell, so this is the JVM
    while kill -0 "$pid" 2>/dev/null && [ "$(count "$db")" -le "$before" ]; do sleep 0.1; done
    wait_s=$(awk -v r="$RANDOM" -v m="$max_wait" 'BEGIN { printf "%.2f", r / 32767 * m }')
    sleep "$wait_s"
    if kill -0 "$pid" 2>/dev/null; then
      kill -KILL "$pid"
      set +e; wait "$pid" 2>/dev/null; set -e
      KILLS_DONE=$((KILLS_DONE + 1)); KILL_WAITS="$KILL_WAITS $wait_s"
      echo "crash: kill $KILLS_DONE after $wait_s s more, store held $(count "$db") articles (had $before)"
    else
      set +e; wait "$pid"; set -e
      FINISHED_EARLY=1
      echo "crash: run $k finished before its kill; $(count "$db") articles"
      break
    fi
  done
}
