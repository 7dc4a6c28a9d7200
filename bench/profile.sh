#!/usr/bin/env bash
# Where refugee-graph spends its time under the headline load (see bench/README.md):
#
#     bench/profile.sh [EVENTS [INTERVENTIONS [CLAIMS]]]      (default 100000 20000 200000)
#
# Reuses the service if one already answers on HTTP_PORT (e.g. left running by hand), else starts
# it as bench/run.sh does (java @src/main/jvm/jvm.options -jar ..., embedded PostgreSQL in
# DATA_DIR, synthetic data loaded once) and stops it at the end. Sends the headline query for
# WARMUP s, then records a Java Flight Recording (settings=profile) while it sends it for DURATION
# s more, writes it to bench/out/headline-<time>.jfr and prints the top frames and packages by
# CPU samples (bench/jfr-summary.mjs).
#
# Environment (besides those of bench/lib.sh): DURATION (s recorded, 20), WARMUP (s, 20),
# CONNECTIONS (16: one count), EVENTS/INTERVENTIONS/CLAIMS (when it starts the service).
set -euo pipefail

cd "$(dirname "$0")/.."
SCRIPT=profile
# shellcheck source=bench/lib.sh
. bench/lib.sh

data_size "$@"
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-20}
CONNECTIONS=${CONNECTIONS:-16}
whole_numbers EVENTS INTERVENTIONS CLAIMS DURATION WARMUP CONNECTIONS
check_common_settings
need_tools java jcmd jfr node npm psql curl ss timeout

trap stop_service EXIT   # only a service this script started (JAVA_PID)
trap 'exit 130' INT TERM

build_jar
install_node_tools
URL="http://127.0.0.1:$HTTP_PORT/graphql"
if port_busy "$HTTP_PORT"; then
    # the process listening on the port, e.g. users:(("java",pid=1234,fd=300))
    PID=$(ss -Hltnp "sport = :$HTTP_PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
    [ -n "$PID" ] && grep -q quarkus-run.jar "/proc/$PID/cmdline" 2>/dev/null \
        || die "port $HTTP_PORT is taken, but not by refugee-graph's jar (pid '${PID:-?}')"
    say "reusing refugee-graph on 127.0.0.1:$HTTP_PORT (pid $PID; data: $(loaded_data || echo '?'))"
else
    start_service
    ensure_data "$EVENTS" "$INTERVENTIONS" "$CLAIMS"
    PID=$JAVA_PID
fi

BODY=$(node -e 'process.stdout.write(JSON.stringify({ query: require("fs").readFileSync(process.argv[1], "utf8") }))' \
    bench/queries/headline.graphql)
load() { # seconds
    bench/node_modules/.bin/autocannon --method POST --headers content-type=application/json --body "$BODY" \
        --connections "$CONNECTIONS" --duration "$1" --timeout 10 "$URL" >>"$OUT/profile-load.log" 2>&1 \
        || die "autocannon failed (log $OUT/profile-load.log)"
}
: >"$OUT/profile-load.log"
if [ "$WARMUP" -gt 0 ]; then
    say "warm-up: headline at $CONNECTIONS connections for $WARMUP s"
    load "$WARMUP"
fi
JFR_FILE=$OUT/headline-$(date -u +%Y%m%d-%H%M%S).jfr
# Started and stopped by name around the load, so that the recording covers exactly the load.
jcmd "$PID" JFR.start name=bench-headline settings=profile >/dev/null || die "jcmd JFR.start failed for pid $PID"
say "recording: headline at $CONNECTIONS connections for $DURATION s"
load "$DURATION"
jcmd "$PID" JFR.stop name=bench-headline filename="$PWD/$JFR_FILE" >/dev/null || die "jcmd JFR.stop failed for pid $PID"
say "recording written to $JFR_FILE; load summary: $(grep -E 'requests in' "$OUT/profile-load.log" | tail -1)"
node bench/jfr-summary.mjs "$JFR_FILE"
