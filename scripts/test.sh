#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, builds, starts a fresh throwaway
# PostgreSQL cluster, runs ctest against it and always stops it again.
# Extra arguments go to ctest, e.g.  scripts/test.sh -R tst_cli
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

# Tests must never touch user data: forget any DB_* settings of the caller.
unset "${!DB_@}"
# No display needed (CI, ssh): Qt renders offscreen.
export QT_QPA_PLATFORM=offscreen

scripts/install-deps.sh
# Configure once; a configure that failed half-way (cache but no build.ninja) is redone.
if [[ ! -f build/CMakeCache.txt || ! -f build/build.ninja ]]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build build -j"$(nproc)"

# A fresh cluster each run, so no state leaks between runs; fsync off because it is throwaway.
cluster=.waqtor/test-cluster
scripts/pg-cluster.sh destroy "$cluster"
trap 'scripts/pg-cluster.sh stop "$cluster" || true' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# SSL on, with a certificate for "localhost": the verify-ca / verify-full tests need a server that offers it.
PGCLUSTER_NOSYNC=1 PGCLUSTER_SSL=1 scripts/pg-cluster.sh start "$cluster"
cluster_env=$(scripts/pg-cluster.sh env "$cluster")
eval "$cluster_env"

export WAQTOR_TEST_PGHOST="$DB_HOST" WAQTOR_TEST_PGPORT="$DB_PORT" WAQTOR_TEST_PGUSER="$DB_USER" \
    WAQTOR_TEST_PGPASSWORD="$DB_PASSWORD" WAQTOR_TEST_PGDATA="$PGCLUSTER_DATA" \
    WAQTOR_TEST_PGBIN="$PGCLUSTER_BIN" WAQTOR_TEST_PGRUNAS="$PGCLUSTER_RUNAS" WAQTOR_TEST_PGLOG="$PGCLUSTER_LOG" \
    WAQTOR_TEST_SSL_CA="$PGCLUSTER_SSL_CA"
# The tests get the server only through WAQTOR_TEST_*; DB_* would point the apps at it too.
unset "${!DB_@}" "${!PGCLUSTER_@}"

status=0
ctest --test-dir build -j"$(nproc)" --output-on-failure "$@" || status=$?
exit "$status"
