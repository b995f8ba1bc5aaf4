#!/usr/bin/env bash
# Installs what is missing, builds, and runs WaQtor Admin on a database:
#  - your own server, if DB_* variables are set or a .env not written by this script exists;
#  - otherwise a private PostgreSQL cluster in .waqtor/pgdata (reused on later runs),
#    described in a generated .env, with the schema migrated and demo data seeded.
# Usage: scripts/setup.sh [--no-launch]
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

launch=1
for arg in "$@"; do
    case $arg in
        --no-launch) launch=0 ;;
        -h | --help)
            sed -n '2,7s/^# \{0,1\}//p' "$0"
            exit 0
            ;;
        *)
            echo "setup: unknown argument: $arg (usage: scripts/setup.sh [--no-launch])" >&2
            exit 2
            ;;
    esac
done

say() { echo "setup: $*"; }

cluster=.waqtor/pgdata
marker="# Written by scripts/setup.sh for the private cluster in $cluster; delete this file to use your own server."
db_name=waqtor_dev

scripts/install-deps.sh
# Configure once; a configure that failed half-way (cache but no build.ninja) is redone.
if [[ ! -f build/CMakeCache.txt || ! -f build/build.ninja ]]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build build -j"$(nproc)"
for exe in build/bin/waqtor-db build/bin/waqtor-admin; do
    [[ -x $exe ]] || { echo "setup: the build did not produce $exe" >&2; exit 1; }
done

# Which database? The user's own configuration always wins over the private cluster.
own_vars=()
for var in DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD DB_SSL; do
    [[ -v $var ]] && own_vars+=("$var")
done
own_dotenv=0
if [[ -f .env && $(head -n 1 .env) != "$marker" ]]; then
    own_dotenv=1
fi

private=0
if ((${#own_vars[@]} > 0 || own_dotenv)); then
    if ((${#own_vars[@]} > 0)); then
        say "using the database settings from your environment:"
        for var in "${own_vars[@]}"; do
            if [[ $var == DB_PASSWORD ]]; then echo "  DB_PASSWORD=(set)"; else echo "  $var=${!var}"; fi
        done
    fi
    if ((own_dotenv)); then
        say "using the database settings in .env (not written by this script):"
        grep -E '^[[:space:]]*(export[[:space:]]+)?DB_(HOST|PORT|NAME|USER|SSL)=' .env | sed 's/^/  /' || true
    fi
    say "no private cluster is started"
else
    private=1
    scripts/pg-cluster.sh start "$cluster"
    cluster_env=$(scripts/pg-cluster.sh env "$cluster")
    eval "$cluster_env"

    # .env holds the password: private to the user; written atomically.
    tmp=$(mktemp .env.XXXXXX)
    printf '%s\n' "$marker" "DB_HOST=$DB_HOST" "DB_PORT=$DB_PORT" "DB_NAME=$db_name" \
        "DB_USER=$DB_USER" "DB_PASSWORD=$DB_PASSWORD" "DB_SSL=false" >"$tmp"
    chmod 600 "$tmp"
    mv -f "$tmp" .env
    say "wrote .env for the private cluster on $DB_HOST:$DB_PORT"

    # The password travels in the environment, never on a command line.
    psql=("$PGCLUSTER_BIN/psql" -X -q -t -A -v ON_ERROR_STOP=1
        -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres)
    exists=$(PGPASSWORD=$DB_PASSWORD "${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$db_name'")
    if [[ $exists != 1 ]]; then
        PGPASSWORD=$DB_PASSWORD "${psql[@]}" -c "CREATE DATABASE $db_name"
        say "created database $db_name"
    fi
    # From here on the programs read ./.env like they will when you start them yourself.
    unset "${!DB_@}" "${!PGCLUSTER_@}"
fi

if ((private)); then
    build/bin/waqtor-db migrate
    seed_status=0
    build/bin/waqtor-db seed-demo >/dev/null || seed_status=$?
    case $seed_status in
        0) say "seeded the demo data" ;;
        3) say "the database already has users; reusing the existing data" ;;
        *)
            echo "setup: 'waqtor-db seed-demo' failed (exit $seed_status)" >&2
            exit 1
            ;;
    esac
    cat <<'EOF'

Demo logins (public demo passwords):
  admin@waqtor.demo     / demo-admin-2026     (admin)
  marketer@waqtor.demo  / demo-marketer-2026  (user)
  viewer@waqtor.demo    / demo-viewer-2026    (viewer)
EOF
else
    # Your own server may be shared with a live Node server: schema changes and demo accounts
    # (public passwords) are yours to decide.
    say "your own database is left as it is; to bring its schema up to date run: build/bin/waqtor-db migrate"
    say "(demo data, with public passwords, only with: build/bin/waqtor-db seed-demo)"
fi

if ((launch)) && [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
    exec build/bin/waqtor-admin
fi

echo
echo "To start WaQtor Admin, from the repo root ($PWD):"
echo "  build/bin/waqtor-admin"
echo "  xvfb-run build/bin/waqtor-admin     # without a display"
if ((private)); then
    echo "To stop the private database server:"
    echo "  scripts/pg-cluster.sh stop $cluster"
fi
