#!/usr/bin/env bash
# The refugee-graph benchmark, in one command from a clean clone (see bench/README.md):
#
#     bench/run.sh [EVENTS [INTERVENTIONS [CLAIMS]]]      (default 100000 20000 200000)
#
# Builds the jar if it is missing, starts the service as it ships (java @src/main/jvm/jvm.options
# -jar ...) on its own embedded PostgreSQL (.data/bench-postgres, port 54359; HTTP 8180), measures
# start to first answered query, loads the synthetic data set once, installs autocannon and
# PostGraphile v4 and v5 into bench/node_modules, starts PostGraphile v4 (port 5090) and, on Node
# >= 22, v5 (port 5091) on the same database, then runs bench/bench.mjs: the same-answer checks of
# every shape on every server and the database floor, the load runs, the table. Stops everything it
# started, also on Ctrl-C or failure. Only 127.0.0.1 is ever a target.
#
# Environment (besides those of bench/lib.sh): DURATION (s per run, 20), WARMUP (s per shape and
# server, 20), ROUNDS (alternating rounds per shape and connection count, 2), CONNECTIONS ("16 64"),
# EVENTS/INTERVENTIONS/CLAIMS, POSTGRAPHILE_PORT (5090), POSTGRAPHILE5_PORT (5091),
# POSTGRAPHILE_WORKERS (1: one node process, as `postgraphile` runs by default; 2 uses v4's
# --cluster-workers), POSTGRAPHILE_V5 (auto: run it where Node >= 22; off), PGBENCH (the pgbench
# of the PostgreSQL 15 binaries, found under /usr/lib/postgresql).
set -euo pipefail

cd "$(dirname "$0")/.."
SCRIPT=run
# shellcheck source=bench/lib.sh
. bench/lib.sh

data_size "$@"
export DURATION=${DURATION:-20} WARMUP=${WARMUP:-20} ROUNDS=${ROUNDS:-2} CONNECTIONS=${CONNECTIONS:-"16 64"}
POSTGRAPHILE_PORT=${POSTGRAPHILE_PORT:-5090}
POSTGRAPHILE5_PORT=${POSTGRAPHILE5_PORT:-5091}
POSTGRAPHILE_WORKERS=${POSTGRAPHILE_WORKERS:-1}
POSTGRAPHILE_V5=${POSTGRAPHILE_V5:-auto}

whole_numbers EVENTS INTERVENTIONS CLAIMS DURATION WARMUP ROUNDS POSTGRAPHILE_PORT POSTGRAPHILE5_PORT POSTGRAPHILE_WORKERS
[[ $CONNECTIONS =~ ^[0-9\ ,]+$ ]] || die "CONNECTIONS must be numbers, got '$CONNECTIONS'"
[[ $POSTGRAPHILE_V5 =~ ^(auto|off)$ ]] || die "POSTGRAPHILE_V5 must be auto or off, got '$POSTGRAPHILE_V5'"
check_common_settings
need_tools java node npm psql curl ps timeout
# The floor's load generator: pgbench of the PostgreSQL 15 binaries (Debian's postgresql-15 or its
# client package), else whatever pgbench is on the PATH.
if [ -z "${PGBENCH:-}" ]; then
    PGBENCH=$(ls /usr/lib/postgresql/15/bin/pgbench 2>/dev/null || command -v pgbench || true)
fi
[ -n "$PGBENCH" ] && [ -x "$PGBENCH" ] || die "pgbench is needed for the database floor (Debian: postgresql-15 or postgresql-client-15), or set PGBENCH"

# PostGraphile v5 (5.x) needs Node >= 22: on Node 20 it fails at start (Promise.withResolvers).
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
V5_NOT_RUN=
if [ "$POSTGRAPHILE_V5" = off ]; then
    V5_NOT_RUN="not run: POSTGRAPHILE_V5=off"
elif [ "$NODE_MAJOR" -lt 22 ]; then
    V5_NOT_RUN="not run: needs Node >= 22 (this machine has $(node --version))"
fi

POSTGRAPHILE_PID= POSTGRAPHILE5_PID=
stop_node_server() { # pid (a PostGraphile with any cluster workers)
    local workers w
    [ -n "$1" ] || return 0
    workers=$(ps -o pid= --ppid "$1" 2>/dev/null)
    stop_pid "$1" 10
    for w in $workers; do stop_pid "$w" 5; done
}
cleanup() {
    set +e
    stop_node_server "$POSTGRAPHILE_PID"
    stop_node_server "$POSTGRAPHILE5_PID"
    [ -n "$POSTGRAPHILE_PID$POSTGRAPHILE5_PID" ] && say "PostGraphile stopped"
    stop_service
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for p in "$HTTP_PORT" "$POSTGRAPHILE_PORT" "$POSTGRAPHILE5_PORT"; do
    port_busy "$p" && die "port $p is already in use on 127.0.0.1: stop what runs there (or choose another port)"
done

build_jar
install_node_tools
start_service
ensure_data "$EVENTS" "$INTERVENTIONS" "$CLAIMS"
BENCH_DATA=$(psql_bench -tA -c "select format('%s events, %s interventions, %s count claims, %s citations',
    (select count(*) from event), (select count(*) from intervention), (select count(*) from count_claim),
    (select count(*) from citation))")

# ---------------------------------------------------------------------- PostGraphile v4 and v5
PGOPTIONS="-c client_min_messages=warning" psql_bench -f bench/postgraphile/setup.sql -f bench/floor/setup.sql >/dev/null
DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/refugee_graph"
CLUSTER=()
[ "$POSTGRAPHILE_WORKERS" -gt 1 ] && CLUSTER=(--cluster-workers "$POSTGRAPHILE_WORKERS")
say "starting PostGraphile v4 on 127.0.0.1:$POSTGRAPHILE_PORT (log $OUT/postgraphile.log)"
t0=$(now_ms)
NODE_ENV=production bench/node_modules/.bin/postgraphile \
    --connection "$DATABASE_URL" --schema public,postgraphile_bench \
    --host 127.0.0.1 --port "$POSTGRAPHILE_PORT" --disable-graphiql --disable-query-log --dynamic-json \
    --no-setof-functions-contain-nulls --disable-default-mutations "${CLUSTER[@]}" >"$OUT/postgraphile.log" 2>&1 &
POSTGRAPHILE_PID=$!
PG4_START_MS=$(wait_for_graphql "PostGraphile v4" "http://127.0.0.1:$POSTGRAPHILE_PORT/graphql" '{ __typename }' \
    "$POSTGRAPHILE_PID" "$OUT/postgraphile.log" 120 "$t0") || exit 1
say "PostGraphile v4 answers after $PG4_START_MS ms"

PG5_START_MS=
if [ -z "$V5_NOT_RUN" ]; then
    say "starting PostGraphile v5 on 127.0.0.1:$POSTGRAPHILE5_PORT (log $OUT/postgraphile5.log)"
    t0=$(now_ms)
    NODE_ENV=production node bench/node_modules/postgraphile5/dist/cli-run.js \
        --config bench/postgraphile/graphile.config.mjs --connection "$DATABASE_URL" \
        --schema public,postgraphile_bench --host 127.0.0.1 --port "$POSTGRAPHILE5_PORT" >"$OUT/postgraphile5.log" 2>&1 &
    POSTGRAPHILE5_PID=$!
    PG5_START_MS=$(wait_for_graphql "PostGraphile v5" "http://127.0.0.1:$POSTGRAPHILE5_PORT/graphql" '{ __typename }' \
        "$POSTGRAPHILE5_PID" "$OUT/postgraphile5.log" 120 "$t0") || exit 1
    say "PostGraphile v5 answers after $PG5_START_MS ms"
else
    say "PostGraphile v5: $V5_NOT_RUN"
fi

# ---------------------------------------------------------------------- checks and load runs
n_conn=$(echo "$CONNECTIONS" | tr ', ' '\n\n' | grep -c .)
n_servers=$([ -z "$V5_NOT_RUN" ] && echo 4 || echo 3)   # refugee-graph, v4, (v5), floor
RUN_S=$(( 3 * n_servers * (n_conn * ROUNDS * DURATION + WARMUP) ))
BOUND=$(( RUN_S + 3 * n_servers * (n_conn * ROUNDS + 1) * 15 + 300 ))
say "load runs: about $RUN_S s (bounded to $BOUND s)"
set +e
RG_URL="http://127.0.0.1:$HTTP_PORT/graphql" POSTGRAPHILE_URL="http://127.0.0.1:$POSTGRAPHILE_PORT/graphql" \
    POSTGRAPHILE5_URL="$([ -z "$V5_NOT_RUN" ] && echo "http://127.0.0.1:$POSTGRAPHILE5_PORT/graphql")" \
    V5_NOT_RUN="$V5_NOT_RUN" PGBENCH="$PGBENCH" PG_PORT="$PG_PORT" \
    JAVA_PID="$JAVA_PID" POSTGRAPHILE_PID="$POSTGRAPHILE_PID" POSTGRAPHILE5_PID="$POSTGRAPHILE5_PID" \
    POSTGRAPHILE_WORKERS="$POSTGRAPHILE_WORKERS" JVM_OPTIONS_FILE="$JVM_OPTIONS_FILE" JAVA_OPTS="$JAVA_OPTS" \
    START_MS="$START_MS" START_KIND="$START_KIND" PG4_START_MS="$PG4_START_MS" PG5_START_MS="$PG5_START_MS" \
    LOAD_SECONDS="$LOAD_SECONDS" BENCH_DATA="$BENCH_DATA" \
    timeout "$BOUND" node bench/bench.mjs
STATUS=$?
set -e
[ $STATUS -eq 124 ] && say "the load runs took longer than $BOUND s and were stopped"
exit $STATUS
