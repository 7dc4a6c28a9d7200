#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL, the way production runs: the service gets an external database
# through QUARKUS_DATASOURCE_JDBC_URL, _USERNAME and _PASSWORD, and starts nothing embedded.
#
#   .ci/external-postgres.sh                      the *IT suite against the packaged jar (what .ci/run does)
#   .ci/external-postgres.sh ./mvnw verify        every test
#   .ci/external-postgres.sh COMMAND [ARGS...]    anything else, with the three variables set
#
# Starts Debian's PostgreSQL binaries (apt-get install postgresql-15; PG_BIN=... for others) from a temporary
# folder on a free port of 127.0.0.1, with password authentication and the role, password and database of the
# hosted workflow's service (.github/workflows/ci.yml): refugee_graph. The role is the server's superuser, as in
# the postgres image; the synthetic-data tests create refugee_graph_synthetic beside refugee_graph. Stopped and
# removed on exit, also when the command fails or is interrupted. PostgreSQL refuses to run as root: as root,
# the server runs as the user `nobody`.
set -euo pipefail
cd "$(dirname "$0")/.."

ROLE=refugee_graph
PASSWORD=refugee_graph
DATABASE=refugee_graph

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$PG_BIN/initdb" ]; then
  if [ "${CI:-}" = true ]; then
    SUDO=$([ "$(id -u)" -eq 0 ] || echo sudo)
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15
  else
    echo "external-postgres: no PostgreSQL binaries in $PG_BIN: apt-get install postgresql-15, or set PG_BIN" >&2
    exit 1
  fi
fi

# As root, run the server's programs as nobody; otherwise as ourselves. From the server's folder, which nobody can enter.
if [ "$(id -u)" -eq 0 ]; then
  as_server() { (cd "$WORK" && runuser -u nobody -- "$@"); }
else
  as_server() { (cd "$WORK" && "$@"); }
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/refugee-graph-postgres.XXXXXX")
stop() {
  status=$?
  if [ -f "$WORK/data/postmaster.pid" ]; then
    as_server "$PG_BIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if [ "$(id -u)" -eq 0 ]; then
  chown nobody "$WORK"
fi

# A free port: nothing answers on it now (the server below fails loudly if another takes it first).
PORT=${EXTERNAL_POSTGRES_PORT:-}
if [ -z "$PORT" ]; then
  for candidate in $(shuf -i 40000-49999 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
      PORT=$candidate
      break
    fi
  done
fi
[ -n "$PORT" ] || { echo "external-postgres: found no free port" >&2; exit 1; }

echo "$PASSWORD" > "$WORK/password"
if [ "$(id -u)" -eq 0 ]; then
  chown nobody "$WORK/password"
fi
as_server "$PG_BIN/initdb" -D "$WORK/data" -U "$ROLE" --pwfile="$WORK/password" --auth=scram-sha-256 \
  --encoding=UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" || { cat "$WORK/initdb.log" >&2; exit 1; }
rm -f "$WORK/password"
as_server "$PG_BIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w -t 30 \
  -o "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='$WORK'" start >/dev/null \
  || { cat "$WORK/server.log" >&2; exit 1; }
PGPASSWORD=$PASSWORD "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$ROLE" "$DATABASE"
echo "external-postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT," \
  "database $DATABASE, role $ROLE (data in $WORK, removed on exit)"

export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PORT/$DATABASE"
export QUARKUS_DATASOURCE_USERNAME=$ROLE
export QUARKUS_DATASOURCE_PASSWORD=$PASSWORD

if [ "$#" -eq 0 ]; then
  # Only the *IT classes (failsafe), against the packaged jar; -DskipUTs skips the @QuarkusTest classes.
  set -- ./mvnw -B --no-transfer-progress verify -DskipUTs
fi
"$@"
