#!/usr/bin/env bash
# Fills a migrated WaQtor database with benchmark data (bench/README.md): bench accounts, sessions,
# contacts, groups, campaigns and messages, all owned by *@waqtor.bench accounts.
#
#   bench/generate-data.sh [--messages N] [--contacts N] [--users N] [--seed S] [--env-file PATH]
#                          [--jobs N] [--now 'YYYY-MM-DD HH:MM:SS'] [--force] [--replace]
#
# Connection: DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD, DB_SSL each from the environment, else
# from --env-file PATH (or ./.env when present), else the app's defaults, exactly like waqtor-db.
# The password reaches psql through PGPASSWORD in its environment, never on a command line.
#
# Exit codes, like waqtor-db: 0 ok, 1 bad usage, 2 connection or database error,
# 3 refused (accounts that are not bench accounts without --force, bench data without --replace),
# 130 interrupted.
set -euo pipefail

ME=generate-data
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SQL=$HERE/generate-data.sql

usage() {
    cat <<'EOF'
Usage: bench/generate-data.sh [OPTIONS]

Fills a migrated WaQtor database (waqtor-db migrate) with benchmark data owned by
*@waqtor.bench accounts (password: bench-password-2026).

  --messages N     messages over the last 365 days (default 10000000)
  --contacts N     contacts (recipients) in all (default 1000000)
  --users N        accounts with role "user", at least 2 (default 10); plus one admin and one viewer
  --seed S         seed, 0..2147483647 (default 2026): same seed, sizes and --now give the same rows
  --now TS         the moment the data ends at (default: the server's current time)
  --jobs N         database sessions writing at once (default: CPU count, at most 4)
  --env-file PATH  read DB_* settings from PATH instead of ./.env
  --force          add bench data even though the database has other accounts
  --replace        delete existing bench accounts (and all they own) first
  -h, --help       show this help

Connection: DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD, DB_SSL from the environment,
else the .env file, else localhost 5432 waqtor_dev postgres postgres false.
EOF
}

die() { echo "$ME: $1" >&2; exit "${2:-1}"; }

MESSAGES=10000000
CONTACTS=1000000
USERS=10
SEED=2026
NOW=""
JOBS=""
ENV_FILE=""
FORCE=false
REPLACE=false

need_value() { (($2 >= 2)) || die "$1 needs a value (see --help)"; }

while (($# > 0)); do
    opt=$1
    case $opt in
        --*=*) set -- "${opt%%=*}" "${opt#*=}" "${@:2}"; continue ;;
    esac
    case $opt in
        --messages) need_value "$opt" $#; MESSAGES=$2; shift 2 ;;
        --contacts) need_value "$opt" $#; CONTACTS=$2; shift 2 ;;
        --users) need_value "$opt" $#; USERS=$2; shift 2 ;;
        --seed) need_value "$opt" $#; SEED=$2; shift 2 ;;
        --now) need_value "$opt" $#; NOW=$2; shift 2 ;;
        --jobs) need_value "$opt" $#; JOBS=$2; shift 2 ;;
        --env-file) need_value "$opt" $#; ENV_FILE=$2; shift 2 ;;
        --force) FORCE=true; shift ;;
        --replace) REPLACE=true; shift ;;
        -h | --help) usage; exit 0 ;;
        *) die "unknown option: $opt (see --help)" ;;
    esac
done

# Plain decimal numbers only (no signs, no leading zeros to be read as octal).
check_int() { # name value min max
    if ! [[ $2 =~ ^[0-9]+$ ]] || ((${#2} > 10)) || ((10#$2 < $3 || 10#$2 > $4)); then
        die "$1 must be a whole number from $3 to $4, not \"$2\""
    fi
    printf '%d' "$((10#$2))"
}
MESSAGES=$(check_int --messages "$MESSAGES" 0 2000000000)
# Phone numbers are a bijection on a contact's ordinal below 70 million per owner.
CONTACTS=$(check_int --contacts "$CONTACTS" 0 50000000)
USERS=$(check_int --users "$USERS" 2 999)
SEED=$(check_int --seed "$SEED" 0 2147483647)
if [[ -z $JOBS ]]; then
    JOBS=$(nproc 2>/dev/null || echo 1)
    ((JOBS <= 4)) || JOBS=4
fi
JOBS=$(check_int --jobs "$JOBS" 1 16)
if [[ -n $NOW && ! $NOW =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}[\ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?$ ]]; then
    die "--now must look like 2026-05-01 12:00:00, not \"$NOW\""
fi

# ---- connection settings, read like the app's ConnectionSettings ---------------------------------
trim() {
    local s=$1
    s=${s#"${s%%[![:space:]]*}"}
    s=${s%"${s##*[![:space:]]}"}
    printf '%s' "$s"
}

# dotenv value: quotes removed ("..." expands \n and \"), an unquoted value ends at " #".
unquote() {
    local v
    v=$(trim "$1")
    if ((${#v} >= 2)) && [[ ($v == \"*\" ) || ($v == \'*\') ]]; then
        local q=${v:0:1}
        v=${v:1:${#v}-2}
        if [[ $q == '"' ]]; then
            v=${v//\\n/$'\n'}
            v=${v//\\\"/\"}
        fi
        printf '%s' "$v"
        return
    fi
    [[ $v == *" #"* ]] && v=$(trim "${v%%" #"*}")
    printf '%s' "$v"
}

declare -A FILE_VALUES=()
if [[ -z $ENV_FILE && -f .env ]]; then
    ENV_FILE=.env
fi
if [[ -n $ENV_FILE ]]; then
    [[ -f $ENV_FILE && -r $ENV_FILE ]] ||
        die "cannot read the settings file $ENV_FILE; check the path given to --env-file"
    while IFS= read -r line || [[ -n $line ]]; do
        line=$(trim "$line")
        [[ -z $line || $line == \#* ]] && continue
        [[ $line == "export "* ]] && line=$(trim "${line#export }")
        [[ $line == *=* ]] || continue
        key=$(trim "${line%%=*}")
        [[ -n $key ]] || continue
        FILE_VALUES[$key]=$(unquote "${line#*=}")
    done <"$ENV_FILE"
fi

# The environment wins over the file, the file over the default; each key on its own.
setting() {
    if [[ -n ${!1+set} ]]; then
        printf '%s' "${!1}"
    elif [[ -n ${FILE_VALUES[$1]+set} ]]; then
        printf '%s' "${FILE_VALUES[$1]}"
    else
        printf '%s' "$2"
    fi
}

DB_HOST_V=$(setting DB_HOST localhost)
DB_PORT_V=$(trim "$(setting DB_PORT 5432)")
DB_NAME_V=$(setting DB_NAME waqtor_dev)
DB_USER_V=$(setting DB_USER postgres)
DB_PASSWORD_V=$(setting DB_PASSWORD postgres)
DB_SSL_V=$(trim "$(setting DB_SSL false)")
DB_SSL_V=${DB_SSL_V,,}

if ! [[ $DB_PORT_V =~ ^[0-9]{1,5}$ ]] || ((10#$DB_PORT_V < 1 || 10#$DB_PORT_V > 65535)); then
    die "DB_PORT is \"$DB_PORT_V\", which is not a port number; use a number from 1 to 65535"
fi
case $DB_SSL_V in
    true | 1 | yes) SSLMODE=require ;;
    false | 0 | no | "") SSLMODE=disable ;;
    *) die "DB_SSL is \"$DB_SSL_V\"; use true or false" ;;
esac
[[ -n $(trim "$DB_HOST_V") ]] || die "DB_HOST is empty; give the database server's host name"
[[ -n $(trim "$DB_NAME_V") ]] || die "DB_NAME is empty; give the name of the WaQtor database"

# libpq reads all of it from the environment: nothing secret (or parsed as a conninfo) on argv.
unset PGSERVICE PGSERVICEFILE PGHOSTADDR PGDATABASE PGOPTIONS
export PGHOST=$DB_HOST_V PGPORT=$((10#$DB_PORT_V)) PGDATABASE=$DB_NAME_V PGUSER=$DB_USER_V
export PGPASSWORD=$DB_PASSWORD_V PGSSLMODE=$SSLMODE PGCONNECT_TIMEOUT=10
export PGAPPNAME=waqtor-bench-generate
WHERE="$PGHOST:$PGPORT, database \"$PGDATABASE\""

PSQL=$(command -v psql || true)
if [[ -z $PSQL ]]; then
    PSQL=$(find /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n1 || true)
fi
[[ -n $PSQL ]] || die "psql not found (apt-get install postgresql-client)" 2

[[ -r $SQL ]] || die "cannot read $SQL" 2

# ---- running phases ---------------------------------------------------------------------------------
WORKER_PIDS=()
stop_workers() {
    local pid
    for pid in "${WORKER_PIDS[@]}"; do
        # SIGINT makes psql cancel its running statement on the server, then exit.
        kill -INT "$pid" 2>/dev/null || true
    done
}
on_signal() {
    trap - INT TERM
    stop_workers
    wait 2>/dev/null || true
    echo "$ME: interrupted; the database holds partial bench data (run again with --replace)" >&2
    exit 130
}
trap on_signal INT TERM

# The psql command line for a phase (worker 0 of 1 unless given): PSQL_CMD.
psql_cmd() { # phase worker workers
    PSQL_CMD=("$PSQL" -X -q -v ON_ERROR_STOP=1 -v phase="$1" -v seed="$SEED" -v users="$USERS"
        -v contacts="$CONTACTS" -v messages="$MESSAGES" -v now="$NOW" -v force="$FORCE"
        -v replace="$REPLACE" -v worker="${2:-0}" -v workers="${3:-1}" -f "$SQL")
}

# Runs phase in n sessions at once (in the background, so a signal is handled at once);
# any failure stops the others.
run_phase() { # phase n
    local phase=$1 n=$2 w pid failed=0
    WORKER_PIDS=()
    for ((w = 0; w < n; w++)); do
        psql_cmd "$phase" "$w" "$n"
        # A plain command in the background: $! is psql itself, which a signal can reach.
        "${PSQL_CMD[@]}" &
        WORKER_PIDS+=("$!")
    done
    for pid in "${WORKER_PIDS[@]}"; do
        if ! wait "$pid"; then
            if ((failed == 0)); then
                failed=1
                stop_workers
            fi
        fi
    done
    WORKER_PIDS=()
    return "$failed"
}

now_s() { date +%s.%N; }
took() { LC_ALL=C awk -v a="$1" -v b="$(now_s)" 'BEGIN { printf "%.1f", b - a }'; }

START=$(now_s)

# Inspect: is the schema there, whose accounts are in it, what time is it on the server.
psql_cmd inspect
if ! INFO=$("${PSQL_CMD[@]}" 2>&1); then
    echo "$INFO" >&2
    die "cannot use $WHERE (see the message above); check the DB_* settings" 2
fi
declare -A INFO_V=()
while IFS='=' read -r key value; do
    [[ -n $key ]] && INFO_V[$key]=$value
done <<<"$INFO"
[[ ${INFO_V[schema]:-} == ok ]] ||
    die "$WHERE has no WaQtor schema; run build/bin/waqtor-db migrate first" 2
if ((${INFO_V[other_users]:-0} > 0)) && [[ $FORCE != true ]]; then
    die "$WHERE has accounts that are not bench accounts (${INFO_V[other_users]}); bench data is never mixed with real data (use --force if you mean it)" 3
fi
if ((${INFO_V[bench_users]:-0} > 0)) && [[ $REPLACE != true ]]; then
    die "$WHERE already has bench data (${INFO_V[bench_users]} bench accounts); use --replace to regenerate it" 3
fi
[[ -n $NOW ]] || NOW=${INFO_V[now]}

echo "$ME: $WHERE: $USERS users, $CONTACTS contacts, $MESSAGES messages, seed $SEED, now $NOW, $JOBS sessions"

phase_start=$(now_s)
run_phase prepare 1 || die "preparing failed (see above); nothing of it was kept" 2
echo "$ME: accounts, sessions and groups in $(took "$phase_start") s"

phase_start=$(now_s)
run_phase contacts "$JOBS" || die "writing contacts failed (see above); run again with --replace" 2
echo "$ME: contacts in $(took "$phase_start") s"

phase_start=$(now_s)
run_phase bulk "$JOBS" || die "writing memberships and messages failed (see above); run again with --replace" 2
echo "$ME: memberships and messages in $(took "$phase_start") s"

phase_start=$(now_s)
run_phase finish 1 || die "writing campaigns or VACUUM failed (see above); run again with --replace" 2
echo "$ME: campaigns and VACUUM (ANALYZE) in $(took "$phase_start") s"

echo "$ME: done in $(took "$START") s; sign in as bench-user-01@waqtor.bench / bench-password-2026"
