#!/bin/sh
# A throwaway PostgreSQL cluster on loopback for the store conformance suite.
#   pg-test-cluster.sh start DIR   creates and starts a cluster in DIR, prints the variables to export
#   pg-test-cluster.sh stop DIR    stops it and removes DIR
# initdb refuses to run as root, so under root the cluster runs as the `postgres` user.
set -eu

action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

bindir=${PG_BINDIR:-}
if [ -z "$bindir" ]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [ -x "$candidate/initdb" ] && bindir=$candidate
    done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "PostgreSQL server binaries not found; set PG_BINDIR" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/sh -c "$*"
    else
        sh -c "$*"
    fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

case "$action" in
start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    port=$(free_port)
    password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    printf '%s\n' "$password" > "$dir/pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir/pwfile"
    chmod 600 "$dir/pwfile"
    as_owner "'$bindir/initdb' -D '$dir/data' -U tokendesk --pwfile='$dir/pwfile' -A scram-sha-256 -E UTF8 --no-locale" >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"
    as_owner "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir'\" start" >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "PGPASSWORD='$password' '$bindir/createdb' -h 127.0.0.1 -p $port -U tokendesk tokendesk_test"
    echo "export TOKENDESK_TEST_PG_URL=postgres://tokendesk@127.0.0.1:$port/tokendesk_test"
    echo "export TOKENDESK_PASSWORD=$password"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "'$bindir/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
