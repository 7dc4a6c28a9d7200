#!/usr/bin/env bash
# The mixed run of the benchmark: reads and writes at once (see bench/README.md, "Mixed run"):
#
#     bench/mixed.sh [EVENTS [INTERVENTIONS [CLAIMS]]]      (default 100000 20000 200000)
#
# Builds the jar if it is missing, starts the service as bench/run.sh does (java
# @src/main/jvm/jvm.options -jar ..., its own embedded PostgreSQL in DATA_DIR, the synthetic data
# loaded once), with a bench admin of this run (REFUGEE_GRAPH_ADMIN_USERNAME and _PASSWORD, a new
# random password each run), then runs bench/mixed.mjs: CONNECTIONS connections for WARMUP s and
# DURATION s, WRITE_PERCENT % createEvent writes by an editor, the rest the benchmark's queries, then
# the row counts against the accepted writes. Stops the service at the end, also on Ctrl-C or
# failure. Only 127.0.0.1 is a target.
#
# Environment (besides those of bench/lib.sh): DURATION (s, 60), WARMUP (s, 10), CONNECTIONS (64),
# WRITE_PERCENT (10), RETRY_PERCENT (% of the writes that retry an accepted one, 10),
# EVENTS/INTERVENTIONS/CLAIMS.
set -euo pipefail

cd "$(dirname "$0")/.."
SCRIPT=mixed
# shellcheck source=bench/lib.sh
. bench/lib.sh

data_size "$@"
export DURATION=${DURATION:-60} WARMUP=${WARMUP:-10} CONNECTIONS=${CONNECTIONS:-64}
export WRITE_PERCENT=${WRITE_PERCENT:-10} RETRY_PERCENT=${RETRY_PERCENT:-10}
whole_numbers EVENTS INTERVENTIONS CLAIMS DURATION WARMUP CONNECTIONS WRITE_PERCENT RETRY_PERCENT
check_common_settings
need_tools java node npm psql curl ps timeout od

trap stop_service EXIT   # only the service this script started (JAVA_PID)
trap 'exit 130' INT TERM

build_jar
install_node_tools
port_busy "$HTTP_PORT" && die "port $HTTP_PORT is taken: stop what listens there or set HTTP_PORT"
# The admin exists only for this run's data dir and this run: a new name and password each time (the
# service creates the account at start if no account has that name).
RUN=$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')
export REFUGEE_GRAPH_ADMIN_USERNAME=bench-admin-$RUN
REFUGEE_GRAPH_ADMIN_PASSWORD=$(od -An -N16 -tx4 /dev/urandom | tr -d ' \n')
export REFUGEE_GRAPH_ADMIN_PASSWORD
start_service
ensure_data "$EVENTS" "$INTERVENTIONS" "$CLAIMS"

say "mixed load: $CONNECTIONS connections, $WRITE_PERCENT % writes, warm-up $WARMUP s, measured $DURATION s"
RG_URL="http://127.0.0.1:$HTTP_PORT/graphql" PG_PORT=$PG_PORT JAVA_PID=$JAVA_PID \
    ADMIN_USERNAME=$REFUGEE_GRAPH_ADMIN_USERNAME ADMIN_PASSWORD=$REFUGEE_GRAPH_ADMIN_PASSWORD \
    timeout $((DURATION + WARMUP + 600)) node bench/mixed.mjs
