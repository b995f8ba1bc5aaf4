#!/usr/bin/env bash
# A private PostgreSQL cluster under a project-local folder, for development and tests.
#
#   pg-cluster.sh start   DIR [PORT]  create on first use, start (or reuse if running)
#   pg-cluster.sh stop    DIR         fast shutdown, waits until the server is gone
#   pg-cluster.sh status  DIR         exit 0 running, 3 stopped, 4 no cluster
#   pg-cluster.sh env     DIR         prints `export KEY=VALUE` lines for eval
#   pg-cluster.sh destroy DIR         stop and delete the cluster and its data
#
# Relative DIRs are taken from the repo root (the command cds there, like the other scripts).
# Can also be sourced: it then only defines the pgc_* functions (errors exit the caller).
#
# Layout: DIR (owned by the invoking user) holds `password` (mode 600) and `cluster.state`.
# The server's own area (owned by the user the server runs as) is DIR/server, or, when that
# user cannot reach DIR (e.g. a checkout under a mode-700 /root), /var/tmp/waqtor-pg-<hash>.
# The area holds data/ (PGDATA), run/ (unix socket) and server.log.
# Env: PGCLUSTER_NOSYNC=1 on the first start turns off fsync (throwaway test clusters).
#      PGCLUSTER_SSL=1 on the first start makes a self-signed certificate for "localhost" (not for
#      127.0.0.1) and turns SSL on; `env` then names it as PGCLUSTER_SSL_CA (for verify-ca/-full tests).
set -euo pipefail

PGC_SUPERUSER=waqtor
PGC_FIRST_PORT=54329
PGC_TIMEOUT=60

pgc_die() { echo "pg-cluster: $*" >&2; exit 1; }
pgc_say() { echo "pg-cluster: $*" >&2; }

# Newest /usr/lib/postgresql/<version>/bin (Debian's layout); /usr/local/bin is not trusted.
pgc_newest_bindir() {
    local d best="" v
    for d in /usr/lib/postgresql/*/bin; do
        [[ -x $d/pg_ctl && -x $d/initdb ]] || continue
        v=${d#/usr/lib/postgresql/}; v=${v%/bin}
        if [[ -z $best ]] || [[ $(printf '%s\n%s\n' "$best" "$v" | sort -V | tail -n1) == "$v" ]]; then
            best=$v
        fi
    done
    [[ -n $best ]] || pgc_die "no PostgreSQL server found in /usr/lib/postgresql (run scripts/install-deps.sh)"
    echo "/usr/lib/postgresql/$best/bin"
}

# The server refuses to run as root: as root use `postgres` (or a dedicated system user).
pgc_pick_runas() {
    if ((EUID != 0)); then
        id -un
    elif id -u postgres >/dev/null 2>&1; then
        echo postgres
    else
        id -u waqtor-pg >/dev/null 2>&1 ||
            useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin waqtor-pg
        echo waqtor-pg
    fi
}

# Runs a command as the server user, from / so an unreadable cwd does not bother it.
pgc_as() {
    if ((EUID == 0)) && [[ $PGC_RUNAS != root ]]; then
        (cd / && runuser -u "$PGC_RUNAS" -- "$@")
    else
        (cd / && "$@")
    fi
}

# Writes stdin to a file owned by the server user (`-a` appends).
pgc_write_as() { pgc_as tee "$@" >/dev/null; }

pgc_hash() { printf '%s' "$1" | sha256sum | cut -c1-12; }

# Loads the state of the cluster recorded in DIR into PGC_* variables.
pgc_load() {
    local dir=$1 key value
    PGC_DIR=$(realpath -m -- "$dir")
    PGC_STATE=$PGC_DIR/cluster.state
    PGC_PWFILE=$PGC_DIR/password
    PGC_AREA="" PGC_PORT="" PGC_RUNAS=""
    if [[ -f $PGC_STATE ]]; then
        while IFS='=' read -r key value; do
            case $key in
                area) PGC_AREA=$value ;;
                port) PGC_PORT=$value ;;
                runas) PGC_RUNAS=$value ;;
            esac
        done <"$PGC_STATE"
    fi
    [[ -n $PGC_RUNAS ]] || PGC_RUNAS=$(pgc_pick_runas)
    pgc_set_paths
}

pgc_set_paths() {
    PGC_DATA=${PGC_AREA:+$PGC_AREA/data}
    PGC_SOCKDIR=${PGC_AREA:+$PGC_AREA/run}
    PGC_LOG=${PGC_AREA:+$PGC_AREA/server.log}
    # An existing cluster must be run by the binaries of its own major version.
    if [[ -n $PGC_DATA && -r $PGC_DATA/PG_VERSION && -x /usr/lib/postgresql/$(<"$PGC_DATA/PG_VERSION")/bin/pg_ctl ]]; then
        PGC_BIN=/usr/lib/postgresql/$(<"$PGC_DATA/PG_VERSION")/bin
    else
        PGC_BIN=$(pgc_newest_bindir)
    fi
}

pgc_save() {
    local tmp
    tmp=$(mktemp "$PGC_STATE.XXXXXX")
    printf 'area=%s\nport=%s\nrunas=%s\n' "$PGC_AREA" "$PGC_PORT" "$PGC_RUNAS" >"$tmp"
    chmod 644 "$tmp"
    mv -f "$tmp" "$PGC_STATE"
}

pgc_is_running() {
    [[ -n $PGC_DATA && -f $PGC_DATA/PG_VERSION ]] || return 1
    pgc_as "$PGC_BIN/pg_ctl" -D "$PGC_DATA" status >/dev/null 2>&1
}

pgc_port_free() {
    local port=$1
    if command -v ss >/dev/null 2>&1; then
        [[ -z $(ss -Htln "sport = :$port" 2>/dev/null) ]]
    else
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 1; fi
    fi
}

pgc_free_port_from() {
    local port=$1
    while ((port < 65535)); do
        pgc_port_free "$port" && { echo "$port"; return 0; }
        port=$((port + 1))
    done
    pgc_die "no free TCP port from $1 upwards"
}

# Creates AREA for the server user; fails (returns 1) if that user cannot then write to it.
pgc_try_area() {
    local area=$1
    if [[ -L $area ]] || { [[ -e $area ]] && [[ $(stat -c %U "$area") != "$PGC_RUNAS" ]]; }; then
        pgc_say "$area exists and is not owned by $PGC_RUNAS"
        return 1
    fi
    mkdir -p -- "$area" || return 1
    if ((EUID == 0)); then chown "$PGC_RUNAS:" "$area"; fi
    chmod 700 "$area"
    # The unix socket path (<area>/run/.s.PGSQL.NNNNN) must fit in sun_path (107 bytes).
    if ((${#area} + 20 > 107)); then
        rmdir -- "$area" 2>/dev/null || true
        return 1
    fi
    if ! pgc_as test -w "$area"; then
        rmdir -- "$area" 2>/dev/null || true
        return 1
    fi
}

# Picks the server area: DIR/server, else the deterministic /var/tmp fallback.
pgc_choose_area() {
    if pgc_try_area "$PGC_DIR/server"; then
        PGC_AREA=$PGC_DIR/server
    else
        PGC_AREA=/var/tmp/waqtor-pg-$(pgc_hash "$PGC_DIR")
        pgc_try_area "$PGC_AREA" || pgc_die "cannot create a data area for user $PGC_RUNAS at $PGC_AREA"
        pgc_say "$PGC_RUNAS cannot use $PGC_DIR; server data lives in $PGC_AREA instead"
    fi
    pgc_set_paths
}

pgc_new_password() {
    local pw="" chunk
    while ((${#pw} < 24)); do
        chunk=$(head -c 96 /dev/urandom | LC_ALL=C tr -dc 'A-Za-z0-9')
        pw+=$chunk
    done
    printf '%s' "${pw:0:24}"
}

pgc_initdb() {
    local pw tmp locale=C
    pw=$(pgc_new_password)
    (umask 077 && printf '%s\n' "$pw" >"$PGC_PWFILE.new")
    mv -f "$PGC_PWFILE.new" "$PGC_PWFILE"
    # initdb reads the password from a file the server user can read; removed right after.
    tmp=$(mktemp "$PGC_AREA/pwfile.XXXXXX")
    printf '%s\n' "$pw" >"$tmp"
    if ((EUID == 0)); then chown "$PGC_RUNAS:" "$tmp"; fi
    if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then locale=C.UTF-8; fi
    if ! pgc_as "$PGC_BIN/initdb" -D "$PGC_DATA" -U "$PGC_SUPERUSER" --pwfile="$tmp" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale="$locale" --no-instructions >"$PGC_AREA/initdb.log" 2>&1; then
        rm -f -- "$tmp"
        cat "$PGC_AREA/initdb.log" >&2
        pgc_die "initdb failed"
    fi
    rm -f -- "$tmp"
    pgc_as mkdir -p "$PGC_SOCKDIR"
    # Our settings live in included files so they can be rewritten on every start.
    printf "\ninclude_if_exists = 'waqtor.conf'\n" | pgc_write_as -a "$PGC_DATA/postgresql.conf"
    if [[ ${PGCLUSTER_SSL:-0} == 1 ]]; then
        command -v openssl >/dev/null || pgc_die "PGCLUSTER_SSL=1 needs openssl (apt-get install openssl)"
        openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
            -addext "subjectAltName=DNS:localhost" -keyout "$PGC_DIR/server.key" -out "$PGC_DIR/ca.crt" \
            >/dev/null 2>&1 || pgc_die "openssl could not make the server certificate"
        pgc_write_as "$PGC_DATA/server.crt" <"$PGC_DIR/ca.crt"
        pgc_write_as "$PGC_DATA/server.key" <"$PGC_DIR/server.key"
        pgc_as chmod 600 "$PGC_DATA/server.key"
        rm -f -- "$PGC_DIR/server.key"
    fi
    if [[ ${PGCLUSTER_NOSYNC:-0} == 1 ]]; then
        # Throwaway cluster: durability is worthless, speed is not.
        printf '%s\n' 'fsync = off' 'synchronous_commit = off' 'full_page_writes = off' |
            pgc_write_as -a "$PGC_DATA/postgresql.conf"
    fi
}

pgc_write_conf() {
    local preload=()
    # pg_stat_statements (the health page's slow statements) only works when the server preloads it.
    if [[ -f $(dirname "$PGC_BIN")/lib/pg_stat_statements.so ]]; then
        preload=("shared_preload_libraries = 'pg_stat_statements'")
    fi
    printf '%s\n' "listen_addresses = '127.0.0.1'" "port = $PGC_PORT" \
        "unix_socket_directories = '$PGC_SOCKDIR'" "${preload[@]}" | pgc_write_as "$PGC_DATA/waqtor.conf"
    if pgc_as test -f "$PGC_DATA/server.key"; then
        printf '%s\n' "ssl = on" | pgc_write_as -a "$PGC_DATA/waqtor.conf"
    fi
}

# Stops the server and deletes everything in the area (used when the area is stale).
pgc_wipe_area() {
    [[ -n $PGC_AREA && -d $PGC_AREA ]] || return 0
    if pgc_is_running; then
        pgc_as "$PGC_BIN/pg_ctl" -D "$PGC_DATA" -m fast -w -t "$PGC_TIMEOUT" stop >/dev/null
    fi
    rm -rf -- "$PGC_AREA"
}

pgc_start() {
    local dir=$1 want_port=${2:-} tries=0 from_port=$PGC_FIRST_PORT out
    [[ -z $want_port || $want_port =~ ^[0-9]+$ ]] || pgc_die "bad port: $want_port"
    pgc_load "$dir"
    mkdir -p -- "$PGC_DIR"

    if [[ -z $PGC_AREA ]]; then
        pgc_choose_area
        pgc_save
    fi
    # Without the password file an existing cluster is unusable (e.g. DIR was deleted by hand).
    if [[ -e $PGC_DATA/PG_VERSION && ! -s $PGC_PWFILE ]]; then
        pgc_say "removing stale cluster in $PGC_AREA (its password file is gone)"
        pgc_wipe_area
        pgc_try_area "$PGC_AREA" || pgc_die "cannot recreate $PGC_AREA"
    fi
    [[ -d $PGC_AREA ]] || pgc_try_area "$PGC_AREA" || pgc_die "cannot recreate $PGC_AREA"

    if pgc_is_running; then
        if [[ -n $want_port && $want_port != "$PGC_PORT" ]]; then
            pgc_die "already running on port $PGC_PORT (not $want_port); stop it first"
        fi
        pgc_say "already running on 127.0.0.1:$PGC_PORT"
        return 0
    fi

    if [[ ! -e $PGC_DATA/PG_VERSION ]]; then
        pgc_say "creating a new cluster in $PGC_DATA"
        pgc_initdb
    fi

    while :; do
        if [[ -n $want_port ]]; then
            PGC_PORT=$want_port
        elif [[ -z $PGC_PORT ]] || ! pgc_port_free "$PGC_PORT"; then
            PGC_PORT=$(pgc_free_port_from "$from_port")
        fi
        pgc_write_conf
        pgc_save
        if out=$(pgc_as "$PGC_BIN/pg_ctl" -D "$PGC_DATA" -l "$PGC_LOG" -w -t "$PGC_TIMEOUT" start 2>&1); then
            break
        fi
        # Another process may have grabbed the auto-picked port in the meantime: try further up.
        tries=$((tries + 1))
        if [[ -z $want_port ]] && ((tries < 5)) && tail -n 20 "$PGC_LOG" | grep -q 'could not bind'; then
            from_port=$((PGC_PORT + 1))
            PGC_PORT=""
            continue
        fi
        printf '%s\n' "$out" >&2
        tail -n 20 "$PGC_LOG" >&2 || true
        pgc_die "server did not start (log: $PGC_LOG)"
    done
    pgc_say "running on 127.0.0.1:$PGC_PORT (data: $PGC_DATA)"
}

pgc_stop() {
    pgc_load "$1"
    if [[ -z $PGC_AREA ]]; then
        pgc_say "no cluster in $PGC_DIR"
        return 0
    fi
    if ! pgc_is_running; then
        pgc_say "not running"
        return 0
    fi
    pgc_as "$PGC_BIN/pg_ctl" -D "$PGC_DATA" -m fast -w -t "$PGC_TIMEOUT" stop >/dev/null
    pgc_say "stopped"
}

pgc_status() {
    pgc_load "$1"
    if [[ -z $PGC_AREA || ! -e $PGC_DATA/PG_VERSION ]]; then
        echo "no cluster in $PGC_DIR"
        return 4
    fi
    if pgc_is_running; then
        echo "running on 127.0.0.1:$PGC_PORT (data: $PGC_DATA, user: $PGC_RUNAS)"
        return 0
    fi
    echo "stopped (data: $PGC_DATA)"
    return 3
}

# Single-quotes a value so the output is safe for eval in any POSIX shell.
pgc_quote() { local q="'\\''"; printf "'%s'" "${1//\'/$q}"; }

pgc_env() {
    pgc_load "$1"
    [[ -n $PGC_AREA && -r $PGC_PWFILE ]] || pgc_die "no cluster in $PGC_DIR (run: pg-cluster.sh start $1)"
    local pw name value
    pw=$(<"$PGC_PWFILE")
    for name in DB_HOST DB_PORT DB_USER DB_PASSWORD PGCLUSTER_DATA PGCLUSTER_BIN PGCLUSTER_RUNAS \
        PGCLUSTER_SOCKETDIR PGCLUSTER_LOG; do
        case $name in
            DB_HOST) value=127.0.0.1 ;;
            DB_PORT) value=$PGC_PORT ;;
            DB_USER) value=$PGC_SUPERUSER ;;
            DB_PASSWORD) value=$pw ;;
            PGCLUSTER_DATA) value=$PGC_DATA ;;
            PGCLUSTER_BIN) value=$PGC_BIN ;;
            PGCLUSTER_RUNAS) value=$PGC_RUNAS ;;
            PGCLUSTER_SOCKETDIR) value=$PGC_SOCKDIR ;;
            PGCLUSTER_LOG) value=$PGC_LOG ;;
        esac
        printf 'export %s=%s\n' "$name" "$(pgc_quote "$value")"
    done
    if [[ -r $PGC_DIR/ca.crt ]]; then
        printf 'export %s=%s\n' PGCLUSTER_SSL_CA "$(pgc_quote "$PGC_DIR/ca.crt")"
    fi
}

pgc_destroy() {
    pgc_load "$1"
    # Without a state file the area is wherever a start would put it now.
    if [[ -z $PGC_AREA ]]; then
        local candidate
        for candidate in "$PGC_DIR/server" "/var/tmp/waqtor-pg-$(pgc_hash "$PGC_DIR")"; do
            if [[ -d $candidate && ! -L $candidate && $(stat -c %U "$candidate") == "$PGC_RUNAS" ]]; then
                PGC_AREA=$candidate
                pgc_set_paths
                pgc_wipe_area
            fi
        done
    else
        pgc_wipe_area
    fi
    rm -rf -- "$PGC_DIR"
}

pgc_main() {
    local cmd=${1:-} usage="usage: pg-cluster.sh start DIR [PORT] | stop DIR | status DIR | env DIR | destroy DIR"
    case $cmd in
        start) (($# == 2 || $# == 3)) || pgc_die "$usage"; pgc_start "$2" "${3:-}" ;;
        stop | status | env | destroy) (($# == 2)) || pgc_die "$usage"; "pgc_$cmd" "$2" ;;
        -h | --help) echo "$usage" ;;
        *) pgc_die "$usage" ;;
    esac
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    # Like the other scripts, work from the repo root: relative DIRs are relative to it.
    cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
    pgc_main "$@"
fi
