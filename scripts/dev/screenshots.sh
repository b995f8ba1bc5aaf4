#!/usr/bin/env bash
# Writes the README's screenshots of the main pages in English and Arabic, light and dark, from the
# demo data: starts (or reuses) the private cluster scripts/setup.sh uses, migrates and seeds it.
#   scripts/dev/screenshots.sh [OUTDIR]      (default resources/screenshots/themes)
# Needs build/bin/waqtor-admin and waqtor-db; runs offscreen, so no display is needed.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-resources/screenshots/themes}
mkdir -p "$out"

cluster=.waqtor/pgdata
scripts/pg-cluster.sh start "$cluster" >/dev/null
eval "$(scripts/pg-cluster.sh env "$cluster")"
db=waqtor_screenshots
psql=("$PGCLUSTER_BIN/psql" -X -q -t -A -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres)
if [[ $(PGPASSWORD=$DB_PASSWORD "${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$db'") != 1 ]]; then
    PGPASSWORD=$DB_PASSWORD "${psql[@]}" -c "CREATE DATABASE $db"
fi
export DB_NAME=$db DB_SSL=false
build/bin/waqtor-db migrate >/dev/null
build/bin/waqtor-db seed-demo --force >/dev/null

# The demo admin's password is public (README); it travels in the environment, never on a command line.
export WAQTOR_USER=admin@waqtor.demo WAQTOR_PASSWORD=demo-admin-2026 QT_QPA_PLATFORM=offscreen
for lang in en ar; do
    for theme in light dark; do
        for page in overview campaigns contacts messages; do
            args=(--page "$page" --theme "$theme" --screenshot "$out/$page-$lang-$theme.png")
            build/bin/waqtor-admin --lang "$lang" "${args[@]}"
        done
    done
done
ls -l "$out"
