# Shell functions shared by bench/run.sh and bench/profile.sh (sourced, not run). The caller sets
# SCRIPT (the prefix of its messages) and has cd'ed to the repository root.
#
# Settings read here (environment): HTTP_PORT (8180), PG_PORT (54359), DATA_DIR
# (.data/bench-postgres), JAVA_OPTS (extra JVM options, none), JVM_OPTIONS_FILE
# (src/main/jvm/jvm.options, the heap bound the service ships with; empty: none), BUILD=1 (rebuild
# the jar even if it exists).

HTTP_PORT=${HTTP_PORT:-8180}
PG_PORT=${PG_PORT:-54359}
DATA_DIR=${DATA_DIR:-.data/bench-postgres}
JAVA_OPTS=${JAVA_OPTS:-}
JVM_OPTIONS_FILE=${JVM_OPTIONS_FILE-src/main/jvm/jvm.options}
OUT=bench/out
JAR=target/quarkus-app/quarkus-run.jar
JAVA_PID=

say() { printf '[%s] %s\n' "$SCRIPT" "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

whole_numbers() { # names of variables that must hold whole numbers
    local v
    for v in "$@"; do [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a whole number, got '${!v}'"; done
}
need_tools() {
    local tool
    for tool in "$@"; do command -v "$tool" >/dev/null || die "$tool is needed (see bench/README.md)"; done
}
check_common_settings() {
    whole_numbers HTTP_PORT PG_PORT
    case $DATA_DIR in *bench*) ;; *) die "DATA_DIR must be a bench-only folder (its name containing 'bench'), got $DATA_DIR" ;; esac
    [ -z "$JVM_OPTIONS_FILE" ] || [ -f "$JVM_OPTIONS_FILE" ] || die "JVM_OPTIONS_FILE $JVM_OPTIONS_FILE does not exist"
    mkdir -p "$OUT"
}

# The data size: the scripts' optional arguments EVENTS INTERVENTIONS CLAIMS, else the environment.
data_size() {
    EVENTS=${1:-${EVENTS:-100000}}
    INTERVENTIONS=${2:-${INTERVENTIONS:-20000}}
    CLAIMS=${3:-${CLAIMS:-200000}}
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d refugee_graph "$@"; }

stop_pid() { # pid, seconds to wait after SIGTERM
    local pid=$1 wait_s=$2 i
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < wait_s * 10; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    say "pid $pid did not stop in ${wait_s} s: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
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
stop_service() { # only the service this script started (JAVA_PID), with its PostgreSQL
    [ -n "$JAVA_PID" ] || return 0
    stop_pid "$JAVA_PID" 60   # SIGTERM: the service stops its embedded PostgreSQL too
    JAVA_PID=
    say "refugee-graph stopped"
    stop_orphaned_postgres
}

build_jar() {
    if [ ! -f "$JAR" ] || [ "${BUILD:-0}" = 1 ]; then
        say "building the jar (./mvnw -q package -DskipTests)"
        timeout 1800 ./mvnw -q package -DskipTests || die "build failed"
    fi
}

# The exact versions of bench/package-lock.json, installed again only when the lock file changed.
install_node_tools() {
    if [ ! -x bench/node_modules/.bin/autocannon ] \
        || ! cmp -s bench/package-lock.json bench/node_modules/.package-lock.json.bench 2>/dev/null; then
        say "installing autocannon, postgraphile@4 and postgraphile@5 into bench/node_modules (npm ci)"
        # --loglevel=error: PostGraphile v5 declares node >= 22, a warning on older Node (see README);
        # >&2: stdout is for the table
        (cd bench && timeout 600 npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci failed"
        cp bench/package-lock.json bench/node_modules/.package-lock.json.bench
    fi
}

# Polls a GraphQL URL with a query until it answers with "data"; fails when the process ends or
# after a time limit. Prints the milliseconds since t0 (ms since the epoch).
wait_for_graphql() { # name, url, query, pid, log, seconds, t0
    local name=$1 url=$2 query=$3 pid=$4 log=$5 limit=$6 t0=$7 deadline=$((SECONDS + $6)) answer
    answer=$(mktemp)
    until curl -s --max-time 5 -o "$answer" -H 'Content-Type: application/json' \
            --data "{\"query\":\"$query\"}" "$url" && grep -q '"data"' "$answer"; do
        kill -0 "$pid" 2>/dev/null || { rm -f "$answer"; tail -20 "$log" >&2; die "$name exited (log: $log)"; }
        [ $SECONDS -lt "$deadline" ] || { rm -f "$answer"; tail -20 "$log" >&2; die "no answer from $name in $limit s (log: $log)"; }
        sleep 0.1
    done
    rm -f "$answer"
    echo $(($(now_ms) - t0))
}

# Starts the jar as it ships: with the JVM options file (the heap bound), then JAVA_OPTS; its own
# embedded PostgreSQL in DATA_DIR. Sets JAVA_PID, START_MS (launch to first answered query) and
# START_KIND.
START_MS= START_KIND=
start_service() {
    local t0 log=$OUT/service.log options=()
    if [ -d "$DATA_DIR" ]; then START_KIND="existing data dir"; else START_KIND="new data dir: initdb, migrations"; fi
    [ -n "$JVM_OPTIONS_FILE" ] && options=("@$JVM_OPTIONS_FILE")
    say "starting refugee-graph on 127.0.0.1:$HTTP_PORT (java ${options[*]} ${JAVA_OPTS:+$JAVA_OPTS }-jar $JAR;" \
        "PostgreSQL in $DATA_DIR on port $PG_PORT; log $log)"
    t0=$(now_ms)
    # shellcheck disable=SC2086
    java "${options[@]}" $JAVA_OPTS -Drefugee-graph.embedded-postgres.data-dir="$DATA_DIR" \
        -Drefugee-graph.embedded-postgres.port="$PG_PORT" -Dquarkus.http.port="$HTTP_PORT" \
        -Dquarkus.http.host=127.0.0.1 -jar "$JAR" >"$log" 2>&1 &
    JAVA_PID=$!
    START_MS=$(wait_for_graphql refugee-graph "http://127.0.0.1:$HTTP_PORT/graphql" \
        '{ events(first: 1) { nodes { title } } }' "$JAVA_PID" "$log" 300 "$t0") || exit 1
    say "first answer after $START_MS ms ($START_KIND)"
}

# Loads the synthetic data set of the given size once (bench.synthetic_load records it); a data dir
# holding another size is recreated (which restarts the service). Sets LOAD_SECONDS when it loaded.
LOAD_SECONDS=
ensure_data() { # events, interventions, claims
    local want="$1/$2/$3" have t0
    have=$(loaded_data)
    if [ -n "$have" ] && [ "$have" != "$want" ]; then
        say "$DATA_DIR holds synthetic data of another size ($have, events/interventions/claims), not $want: recreating it"
        stop_service
        rm -rf "$DATA_DIR"
        start_service
        have=
    fi
    if [ -n "$have" ]; then
        say "synthetic data already loaded ($have)"
        return
    fi
    say "loading synthetic data: $1 events, $2 interventions, $3 claims (log $OUT/load.log)"
    t0=$(now_ms)
    timeout 3600 psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d refugee_graph \
        -v events="$1" -v interventions="$2" -v claims="$3" \
        -f bench/synthetic-data.sql >"$OUT/load.log" 2>&1 || { tail -20 "$OUT/load.log" >&2; die "loading failed"; }
    LOAD_SECONDS=$(awk -v ms=$(($(now_ms) - t0)) 'BEGIN { printf "%.1f", ms / 1000 }')
    say "loaded in $LOAD_SECONDS s"
}
loaded_data() { # events/interventions/claims of every load so far, comma-separated; empty if none
    if [ "$(psql_bench -tA -c "select to_regclass('bench.synthetic_load') is not null")" = t ]; then
        psql_bench -tA -c "select string_agg(events || '/' || interventions || '/' || claims, ',' order by loaded_at) from bench.synthetic_load"
    fi
}
