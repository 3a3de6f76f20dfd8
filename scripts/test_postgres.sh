#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, so the PostgreSQL tracker store is tested, not
# just documented. Installs Debian's postgresql package if it is missing (first run only).
#   scripts/test_postgres.sh start DIR   # initdb in DIR, listen on 127.0.0.1:$TEST_PGPORT (unset: a free
#                                        # port, so a server left by an interrupted run is no obstacle),
#                                        # print the SQLAlchemy URL of an empty database
#   scripts/test_postgres.sh stop DIR
set -euo pipefail
action=${1:?start or stop}; dir=${2:?data directory}
port=${TEST_PGPORT:-}
if [ "$action" = start ] && [ -z "$port" ]; then
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
fi

source "$(dirname "$0")/apt.sh"
# initdb refuses to run as root: as root, the server runs as the postgres user
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ "$action" = start ] && [ ! -x "$bin/initdb" ]; then
  echo "postgresql: installing Debian's package" >&2
  apt_install postgresql
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres >"$dir/initdb.log" 2>&1
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE DATABASE rasa_test" >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/rasa_test"
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
