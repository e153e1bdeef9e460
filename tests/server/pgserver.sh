#!/bin/sh
# A throwaway PostgreSQL server for the server tests (a CTest fixture), without systemd:
#   pgserver.sh start RECORD   initdb into a new temporary folder, start it on a Unix socket
#                              there (no TCP, fsync off), write "SOCKETDIR PORT" to RECORD
#   pgserver.sh restart RECORD stop it (fast) and start it again, as an administrator would
#   pgserver.sh pause RECORD   stop it (fast), keeping its folder: the server is away
#   pgserver.sh resume RECORD  start it again after pause
#   pgserver.sh freeze RECORD  SIGSTOP the server and its processes: it takes connections and
#                              never answers (a server behind a dead link)
#   pgserver.sh thaw RECORD    SIGCONT them
#   pgserver.sh stop RECORD    stop it and remove the folder
# As root the server runs as the postgres user (runuser); otherwise as the caller. Fails, with
# the server's log, when it cannot start: the server tests then fail too (they never skip).
set -eu
# The server outlives this script: it must not inherit what the caller has open (a lock file
# the test run holds would stay locked for as long as the server runs, e.g. after resume).
for fd in 3 4 5 6 7 8 9; do eval "exec $fd>&-"; done

action=${1:?start or stop}
record=${2:?record file}
port=${CAIRN_TEST_PG_PORT:-54329}

bindir=""
for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/pg_ctl" ] && bindir=$dir
done
if [ -z "$bindir" ]; then
    echo "pgserver: PostgreSQL is not installed (Debian: postgresql; packaging/install-deps.sh)" >&2
    exit 1
fi

# From / : the postgres user may not be able to enter the caller's folder (a build under /root).
as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# The server's settings: a Unix socket in its folder only, nothing synced to disk.
options() {
    echo "-c listen_addresses='' -c unix_socket_directories='$1' -p $2 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=40"
}

stop() {
    [ -f "$record" ] || return 0
    dir=$(cut -d' ' -f1 "$record")
    if [ -n "$dir" ] && [ -f "$dir/data/postmaster.pid" ]; then
        pid=$(head -n 1 "$dir/data/postmaster.pid") # a frozen server is woken to stop
        kill -CONT "$pid" $(pgrep -P "$pid") 2>/dev/null || true
    fi
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
        as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$dir" in
        /tmp/cairn-pg.*) rm -rf "$dir" ;;
    esac
    rm -f "$record"
}

case "$action" in
stop)
    stop
    ;;
restart)
    dir=$(cut -d' ' -f1 "$record")
    as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 restart >/dev/null
    ;;
pause)
    dir=$(cut -d' ' -f1 "$record")
    as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null
    ;;
freeze | thaw)
    dir=$(cut -d' ' -f1 "$record")
    pid=$(head -n 1 "$dir/data/postmaster.pid")
    if [ "$action" = freeze ]; then
        kill -STOP "$pid"
        for child in $(pgrep -P "$pid"); do kill -STOP "$child" || true; done
    else
        for child in $(pgrep -P "$pid"); do kill -CONT "$child" || true; done
        kill -CONT "$pid"
    fi
    ;;
resume)
    dir=$(cut -d' ' -f1 "$record")
    port=$(cut -d' ' -f2 "$record")
    as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "$(options "$dir" "$port")" start >/dev/null
    ;;
start)
    stop # a server a killed run left behind
    dir=$(mktemp -d /tmp/cairn-pg.XXXXXX)
    chmod 755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$dir"
    fi
    echo "$dir $port" >"$record"
    if ! as_server "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        stop
        exit 1
    fi
    if ! as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "$(options "$dir" "$port")" start >/dev/null; then
        cat "$dir/server.log" >&2
        stop
        exit 1
    fi
    echo "pgserver: PostgreSQL running in $dir, port $port"
    ;;
*)
    echo "pgserver: start, stop, restart, pause, resume, freeze or thaw" >&2
    exit 2
    ;;
esac
