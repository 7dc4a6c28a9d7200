#!/usr/bin/env bash
# The refugee-graph benchmark, in one command from a clean clone (see bench/README.md):
#
#     bench/run.sh [EVENTS [INTERVENTIONS [CLAIMS]]]      (default 100000 20000 200000)
#
# Builds the jar if it is missing, starts the service on its own embedded PostgreSQL
# (.data/bench-postgres, port 54359; HTTP 8180), measures start to first answered query, loads the
# synthetic data set once, installs autocannon and PostGraphile v4 into bench/node_modules, starts
# PostGraphile on the same database (port 5090), runs bench/bench.mjs and prints its table. Stops
# everything it started, also on Ctrl-C or failure. Only 127.0.0.1 is ever a target.
#
# Environment: DURATION (s per run, 20), WARMUP (s, 5), ROUNDS (alternating headline rounds, 2),
# CONNECTIONS ("16 64"), EVENTS/INTERVENTIONS/CLAIMS, HTTP_PORT (8180), PG_PORT (54359),
# POSTGRAPHILE_PORT (5090), DATA_DIR (.data/bench-postgres), POSTGRAPHILE_WORKERS (1: one node
# process, as `postgraphile` runs by default; 2 uses its --cluster-workers), JAVA_OPTS (extra JVM
# options, none by default), BUILD=1 (rebuild the jar even if it exists).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
EVENTS=${1:-${EVENTS:-100000}}
INTERVENTIONS=${2:-${INTERVENTIONS:-20000}}
CLAIMS=${3:-${CLAIMS:-200000}}
export DURATION=${DURATION:-20} WARMUP=${WARMUP:-5} ROUNDS=${ROUNDS:-2} CONNECTIONS=${CONNECTIONS:-"16 64"}
HTTP_PORT=${HTTP_PORT:-8180}
PG_PORT=${PG_PORT:-54359}
POSTGRAPHILE_PORT=${POSTGRAPHILE_PORT:-5090}
DATA_DIR=${DATA_DIR:-.data/bench-postgres}
POSTGRAPHILE_WORKERS=${POSTGRAPHILE_WORKERS:-1}
JAVA_OPTS=${JAVA_OPTS:-}
OUT=bench/out
JAR=target/quarkus-app/quarkus-run.jar

say() { printf '[run] %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

for v in EVENTS INTERVENTIONS CLAIMS DURATION WARMUP ROUNDS HTTP_PORT PG_PORT POSTGRAPHILE_PORT POSTGRAPHILE_WORKERS; do
    [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a whole number, got '${!v}'"
done
[[ $CONNECTIONS =~ ^[0-9\ ,]+$ ]] || die "CONNECTIONS must be numbers, got '$CONNECTIONS'"
for tool in java node npm psql curl ps timeout; do
    command -v "$tool" >/dev/null || die "$tool is needed (see bench/README.md)"
done
case $DATA_DIR in *bench*) ;; *) die "DATA_DIR must be a bench-only folder (its name containing 'bench'), got $DATA_DIR" ;; esac
mkdir -p "$OUT"

JAVA_PID= POSTGRAPHILE_PID=
stop_pid() { # pid, seconds to wait after SIGTERM
    local pid=$1 wait_s=$2 i
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < wait_s * 10; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    say "pid $pid did not stop in ${wait_s} s: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
    set +e
    if [ -n "$POSTGRAPHILE_PID" ]; then
        local workers
        workers=$(ps -o pid= --ppid "$POSTGRAPHILE_PID" 2>/dev/null)
        stop_pid "$POSTGRAPHILE_PID" 10
        for w in $workers; do stop_pid "$w" 5; done
        say "PostGraphile stopped"
    fi
    if [ -n "$JAVA_PID" ]; then
        stop_pid "$JAVA_PID" 60   # SIGTERM: the service stops its embedded PostgreSQL too
        say "refugee-graph stopped"
        stop_orphaned_postgres
    fi
}
# If the service had to be killed, its PostgreSQL (started detached) is still running: stop it
# by the pid in its postmaster.pid (SIGINT: fast shutdown).
stop_orphaned_postgres() {
    local pid i
    pid=$(head -1 "$DATA_DIR/postmaster.pid" 2>/dev/null) || return 0
    [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 0
    grep -q postgres "/proc/$pid/cmdline" 2>/dev/null || return 0
    say "the embedded PostgreSQL (pid $pid) outlived the service: stopping it"
    kill -INT "$pid" 2>/dev/null || true
    for ((i = 0; i < 300; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    say "PostgreSQL pid $pid is still running after 30 s"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$HTTP_PORT" "$POSTGRAPHILE_PORT"; do
    port_busy "$p" && die "port $p is already in use on 127.0.0.1: stop what runs there (or choose another port)"
done

psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d refugee_graph "$@"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# ---------------------------------------------------------------------- build
if [ ! -f "$JAR" ] || [ "${BUILD:-0}" = 1 ]; then
    say "building the jar (./mvnw -q package -DskipTests)"
    timeout 1800 ./mvnw -q package -DskipTests || die "build failed"
fi

# ---------------------------------------------------------------------- node tools
if [ ! -x bench/node_modules/.bin/autocannon ] || [ ! -x bench/node_modules/.bin/postgraphile ] \
    || ! cmp -s bench/package-lock.json bench/node_modules/.package-lock.json.bench 2>/dev/null; then
    say "installing autocannon and postgraphile@4 into bench/node_modules (npm ci)"
    (cd bench && timeout 600 npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
    cp bench/package-lock.json bench/node_modules/.package-lock.json.bench
fi

# ---------------------------------------------------------------------- service
START_MS= START_KIND=
start_service() {
    if [ -d "$DATA_DIR" ]; then START_KIND="existing data dir"; else START_KIND="new data dir: initdb, migrations"; fi
    local t0 deadline log=$OUT/service.log
    say "starting refugee-graph on 127.0.0.1:$HTTP_PORT (PostgreSQL in $DATA_DIR on port $PG_PORT; log $log)"
    t0=$(now_ms)
    # shellcheck disable=SC2086
    java $JAVA_OPTS -Drefugee-graph.embedded-postgres.data-dir="$DATA_DIR" \
        -Drefugee-graph.embedded-postgres.port="$PG_PORT" -Dquarkus.http.port="$HTTP_PORT" \
        -Dquarkus.http.host=127.0.0.1 -jar "$JAR" >"$log" 2>&1 &
    JAVA_PID=$!
    deadline=$((SECONDS + 300))
    until curl -s --max-time 5 -o "$OUT/first-answer.json" -H 'Content-Type: application/json' \
            --data '{"query":"{ events(first: 1) { nodes { title } } }"}' "http://127.0.0.1:$HTTP_PORT/graphql" \
          && grep -q '"data"' "$OUT/first-answer.json"; do
        kill -0 "$JAVA_PID" 2>/dev/null || { tail -20 "$log" >&2; JAVA_PID=; die "refugee-graph exited (log: $log)"; }
        [ $SECONDS -lt $deadline ] || { tail -20 "$log" >&2; die "no answer from refugee-graph in 300 s (log: $log)"; }
        sleep 0.1
    done
    START_MS=$(($(now_ms) - t0))
    say "first answer after $START_MS ms ($START_KIND)"
}
start_service

# ---------------------------------------------------------------------- synthetic data
WANT="$EVENTS/$INTERVENTIONS/$CLAIMS"
loaded() {
    if [ "$(psql_bench -tA -c "select to_regclass('bench.synthetic_load') is not null")" = t ]; then
        psql_bench -tA -c "select string_agg(events || '/' || interventions || '/' || claims, ',' order by loaded_at) from bench.synthetic_load"
    fi
}
HAVE=$(loaded)
if [ -n "$HAVE" ] && [ "$HAVE" != "$WANT" ]; then
    say "$DATA_DIR holds synthetic data of another size ($HAVE, events/interventions/claims), not $WANT: recreating it"
    stop_pid "$JAVA_PID" 60
    JAVA_PID=
    stop_orphaned_postgres
    rm -rf "$DATA_DIR"
    start_service
    HAVE=
fi
LOAD_SECONDS=
if [ -z "$HAVE" ]; then
    say "loading synthetic data: $EVENTS events, $INTERVENTIONS interventions, $CLAIMS claims (log $OUT/load.log)"
    t0=$(now_ms)
    timeout 3600 psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d refugee_graph \
        -v events="$EVENTS" -v interventions="$INTERVENTIONS" -v claims="$CLAIMS" \
        -f bench/synthetic-data.sql >"$OUT/load.log" 2>&1 || { tail -20 "$OUT/load.log" >&2; die "loading failed"; }
    LOAD_SECONDS=$(awk -v ms=$(($(now_ms) - t0)) 'BEGIN { printf "%.1f", ms / 1000 }')
    say "loaded in $LOAD_SECONDS s"
else
    say "synthetic data already loaded ($HAVE)"
fi
BENCH_DATA=$(psql_bench -tA -c "select format('%s events, %s interventions, %s count claims, %s citations',
    (select count(*) from event), (select count(*) from intervention), (select count(*) from count_claim),
    (select count(*) from citation))")

# ---------------------------------------------------------------------- PostGraphile v4
PGOPTIONS="-c client_min_messages=warning" psql_bench -f bench/postgraphile/setup.sql >/dev/null
CLUSTER=()
[ "$POSTGRAPHILE_WORKERS" -gt 1 ] && CLUSTER=(--cluster-workers "$POSTGRAPHILE_WORKERS")
say "starting PostGraphile v4 on 127.0.0.1:$POSTGRAPHILE_PORT (log $OUT/postgraphile.log)"
NODE_ENV=production bench/node_modules/.bin/postgraphile \
    --connection "postgres://postgres@127.0.0.1:$PG_PORT/refugee_graph" --schema public,postgraphile_bench \
    --host 127.0.0.1 --port "$POSTGRAPHILE_PORT" --disable-graphiql --disable-query-log --dynamic-json \
    --no-setof-functions-contain-nulls --disable-default-mutations "${CLUSTER[@]}" >"$OUT/postgraphile.log" 2>&1 &
POSTGRAPHILE_PID=$!
deadline=$((SECONDS + 120))
until curl -s --max-time 5 -o /dev/null -H 'Content-Type: application/json' --data '{"query":"{ __typename }"}' \
        "http://127.0.0.1:$POSTGRAPHILE_PORT/graphql"; do
    kill -0 "$POSTGRAPHILE_PID" 2>/dev/null || { tail -20 "$OUT/postgraphile.log" >&2; POSTGRAPHILE_PID=; die "PostGraphile exited"; }
    [ $SECONDS -lt $deadline ] || die "no answer from PostGraphile in 120 s"
    sleep 0.2
done
say "PostGraphile answers"

# ---------------------------------------------------------------------- load runs
n_conn=$(echo "$CONNECTIONS" | tr ', ' '\n\n' | grep -c .)
BOUND=$(( (n_conn * (2 * ROUNDS + 2)) * (DURATION + 15) + 4 * (WARMUP + 15) + 300 ))
say "load runs: about $(( n_conn * (2 * ROUNDS + 2) * DURATION + 4 * WARMUP )) s (bounded to $BOUND s)"
set +e
RG_URL="http://127.0.0.1:$HTTP_PORT/graphql" POSTGRAPHILE_URL="http://127.0.0.1:$POSTGRAPHILE_PORT/graphql" \
    JAVA_PID="$JAVA_PID" POSTGRAPHILE_PID="$POSTGRAPHILE_PID" POSTGRAPHILE_WORKERS="$POSTGRAPHILE_WORKERS" \
    START_MS="$START_MS" START_KIND="$START_KIND" LOAD_SECONDS="$LOAD_SECONDS" BENCH_DATA="$BENCH_DATA" \
    timeout "$BOUND" node bench/bench.mjs
STATUS=$?
set -e
[ $STATUS -eq 124 ] && say "the load runs took longer than $BOUND s and were stopped"
exit $STATUS
